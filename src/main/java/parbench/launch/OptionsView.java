package parbench.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.runner.options.Options;

/**
 * JMH options with some of the user's settings taken out, for the Runners the suite makes itself.
 * OptionsBuilder.parent() can add to a parent's options but not remove them.
 */
final class OptionsView {
    private OptionsView() {
    }

    /**
     * The options with the named getters answering "not set" (JMH's empty Optional, or an empty
     * list). A proxy, because Options has some forty methods; serializable, because JMH sends the
     * options to its forks.
     */
    static Options hiding(Options options, Set<String> getters) {
        return (Options) Proxy.newProxyInstance(Options.class.getClassLoader(), new Class<?>[] {Options.class},
                (java.lang.reflect.InvocationHandler & java.io.Serializable) (proxy, method, args) -> {
                    if (getters.contains(method.getName())) {
                        return method.getReturnType() == List.class ? List.of() : org.openjdk.jmh.util.Optional.none();
                    }
                    try {
                        return method.invoke(options, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
