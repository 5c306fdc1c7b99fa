package parbench.work;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongBinaryOperator;

/**
 * A user's kernel: a class of their own with a public no-argument constructor that implements the
 * JDK's {@link LongBinaryOperator}, where {@code applyAsLong(from, to)} is the partial result of the
 * index range [from, to) and partial results add up (wrapping, mod 2^64) to the whole range's. It
 * needs nothing of this project to compile.
 *
 * <p>It is loaded from the class path in the system property {@value #CLASS_PATH} (jars and class
 * folders, in the platform's separator form), which the launcher hands to JMH's forks and a fork
 * hands to its child JVMs, so every strategy, in process or not, runs the same class. One instance
 * per JVM: it is called from several threads at once, so it must keep no state between calls.
 */
public final class UserKernel {
    /** The system property naming the kernel's class path. */
    public static final String CLASS_PATH = "parbench.kernel.classpath";

    private static final Map<String, LongBinaryOperator> LOADED = new ConcurrentHashMap<>();

    private UserKernel() {
    }

    /** A kernel that cannot be used, with a one-line reason that names it. */
    public static final class KernelException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        KernelException(String message) {
            super(message);
        }
    }

    /** The kernel named, loaded once per JVM from the class path in {@value #CLASS_PATH}. */
    public static LongBinaryOperator get(String className) {
        return LOADED.computeIfAbsent(className, name -> load(name, System.getProperty(CLASS_PATH, "")));
    }

    /** One task per range, each the kernel over that range. */
    public static List<Task> tasks(String className, List<Split.Range> ranges) {
        List<Task> tasks = new ArrayList<>(ranges.size());
        for (Split.Range r : ranges) {
            tasks.add(new Task.Kernel(className, r.from(), r.to()));
        }
        return tasks;
    }

    /** Loads and constructs the kernel, or says in one line why it cannot be used. */
    public static LongBinaryOperator load(String className, String classPath) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader(classPath));
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new KernelException("kernel class " + className + " not found on the kernel class path ("
                    + (classPath.isEmpty() ? "none given: --kernel-classpath" : classPath) + ")");
        } catch (ExceptionInInitializerError e) {
            throw new KernelException("kernel class " + className + " failed to initialise: " + e.getCause());
        }
        if (!LongBinaryOperator.class.isAssignableFrom(type)) {
            throw new KernelException("kernel class " + className + " does not implement java.util.function.LongBinaryOperator");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new KernelException("kernel class " + className + " is abstract or an interface: nothing to construct");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new KernelException("kernel class " + className + " has no public no-argument constructor");
        }
        try {
            return (LongBinaryOperator) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new KernelException("kernel class " + className + "'s constructor threw " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new KernelException("kernel class " + className + " cannot be constructed: " + e);
        }
    }

    /** The class path's entries, each of which must exist: a typo should not read as "class not found". */
    public static void checkClassPath(String classPath) {
        for (String entry : entries(classPath)) {
            if (!Files.exists(Path.of(entry))) {
                throw new KernelException("kernel class path entry " + entry + " does not exist");
            }
        }
    }

    private static List<String> entries(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String e : classPath.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static ClassLoader loader(String classPath) {
        List<URL> urls = new ArrayList<>();
        for (String e : entries(classPath)) {
            try {
                urls.add(Path.of(e).toUri().toURL());
            } catch (MalformedURLException bad) {
                throw new KernelException("kernel class path entry " + e + " is not a path: " + bad.getMessage());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), UserKernel.class.getClassLoader());
    }
}
