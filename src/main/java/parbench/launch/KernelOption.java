package parbench.launch;

import parbench.catalog.Params;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import parbench.catalog.Bench;
import parbench.catalog.Workload;
import parbench.work.UserKernel;

/**
 * {@code --kernel CLASS --kernel-classpath PATH}: every strategy on a user's kernel. The class is
 * loaded and constructed here, before anything runs, so that a class that is missing, has no
 * public no-argument constructor, does not implement LongBinaryOperator or throws in its
 * constructor stops the run with one line. Then only the kernel methods run, with -p kernel=CLASS,
 * and the class path reaches JMH's forks (and through them the child JVMs) as a system property.
 * Without --kernel the kernel methods are left out of every run.
 */
record KernelOption(String className, String classPath) {
    static final String KERNEL = "--kernel";
    static final String KERNEL_CLASSPATH = "--kernel-classpath";
    /** The kernel methods of every benchmark class. */
    static final String METHODS = "^" + Bench.PACKAGE.replace(".", "\\.") + "\\w+\\." + Workload.KERNEL.method + "$";

    /** Takes --kernel and --kernel-classpath out of args; empty without --kernel. */
    static Optional<KernelOption> take(List<String> args) {
        String className = SuiteArguments.takeValue(args, KERNEL, null);
        String classPath = SuiteArguments.takeValue(args, KERNEL_CLASSPATH, null);
        if (className == null) {
            if (classPath != null) {
                throw new UserError(KERNEL_CLASSPATH + " needs " + KERNEL + " CLASS, the kernel to load from it");
            }
            return Optional.empty();
        }
        return Optional.of(new KernelOption(className, classPath == null ? "" : classPath));
    }

    /** The kernel can be loaded and constructed here, and no benchmark regex narrows "every strategy". */
    void check(CommandLineOptions cmd) {
        if (!cmd.getIncludes().isEmpty()) {
            throw new UserError(KERNEL + " runs every strategy on the kernel, so it takes no benchmark regex (given: "
                    + String.join(", ", cmd.getIncludes()) + "); leave strategies out with -e REGEX");
        }
        try {
            UserKernel.checkClassPath(classPath);
            UserKernel.load(className, classPath);
        } catch (UserKernel.KernelException e) {
            throw new UserError(e.getMessage(), e);
        }
        // with -f 0 the benchmarks run in this JVM, and its child JVMs take the class path from here
        System.setProperty(UserKernel.CLASS_PATH, classPath);
    }

    /** Only the kernel methods, on this kernel, with the class path handed to the forks. */
    void apply(ChainedOptionsBuilder builder, List<String> jvmArgsAppend) {
        builder.include(METHODS);
        builder.param(Params.KERNEL, className);
        jvmArgsAppend.add("-D" + UserKernel.CLASS_PATH + "=" + classPath);
    }

    /** A run without --kernel leaves the kernel methods out: they have nothing to run. */
    static void leaveOut(ChainedOptionsBuilder builder) {
        builder.exclude(METHODS);
    }
}
