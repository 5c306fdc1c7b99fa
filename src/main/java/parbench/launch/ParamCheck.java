package parbench.launch;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import parbench.catalog.Params;
import parbench.catalog.Workers;
import parbench.work.Policy;

/**
 * Checks -p values before anything runs: a typo should cost one line and exit 2 now, not a failed
 * benchmark fifteen minutes in.
 */
final class ParamCheck {
    private ParamCheck() {
    }

    /** @param given every -p name=values pair, @param known every parameter name the benchmarks have */
    static void check(List<String> given, Set<String> known) {
        for (String pair : given) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UserError("-p " + pair + ": expected name=value[,value...]");
            }
            String name = pair.substring(0, eq);
            if (!known.contains(name)) {
                throw new UserError("-p " + pair + ": no benchmark has a parameter '" + name + "' (there are: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
            for (String value : pair.substring(eq + 1).split(",", -1)) {
                String problem = problem(name, value.strip());
                if (problem != null) {
                    throw new UserError("-p " + pair + ": " + problem);
                }
            }
        }
    }

    private static String problem(String name, String value) {
        try {
            switch (name) {
                case Params.WORKERS:
                    Workers.resolve(value);
                    return null;
                case Params.N:
                    return Long.parseLong(value) >= 0 ? null : name + " must be >= 0";
                case Params.LENGTH:
                    long length = Long.parseLong(value);
                    return length >= 0 && length <= Integer.MAX_VALUE - 8 ? null
                            : name + " must be from 0 to " + (Integer.MAX_VALUE - 8);
                case Params.MILLIS:
                case Params.UNIT_MILLIS:
                    return Long.parseLong(value) >= 0 ? null : name + " must be >= 0";
                case Params.POLICY:
                    Policy.valueOf(value);
                    return null;
                default:
                    return null;
            }
        } catch (NumberFormatException e) {
            return "'" + value + "' is not a whole number";
        } catch (IllegalArgumentException e) {
            return name.equals(Params.POLICY) ? "unknown policy '" + value + "' (one of "
                    + List.of(Policy.values()) + ")" : e.getMessage();
        }
    }
}
