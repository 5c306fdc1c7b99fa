package parbench.jmhfmt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a JMH JSON result file of any version from before 1.19 to 1.37 and any mode. It copes with
 * what changed over the years: NaN and infinities written as strings, params present only with
 * @Param, fields added by later versions (jmhVersion, jvm, vmName, ...), sample mode's histogram
 * instead of raw data, and secondary metric names with or without the "·" prefix.
 */
public final class JmhResultFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JmhResultFile() {
    }

    public static List<BenchmarkRow> read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ResultFileException(name + ": no such file");
        } catch (IOException e) {
            throw new ResultFileException(name + ": cannot read it (" + e.getMessage() + ")");
        }
        return parse(name, bytes);
    }

    /** A result file's contents, named as errors should name it. */
    public static List<BenchmarkRow> parse(String name, byte[] bytes) {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new ResultFileException(name + ": the file is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new ResultFileException(name + ": truncated JSON (it ends in the middle of a value)");
        } catch (JsonProcessingException e) {
            throw new ResultFileException(name + ": not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new ResultFileException(name + ": cannot read it (" + e.getMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new ResultFileException(name + ": not a JMH result file (JMH writes a JSON array of benchmarks)");
        }
        if (root.isEmpty()) {
            throw new ResultFileException(name + ": a JMH result file with no benchmarks in it");
        }
        List<BenchmarkRow> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            try {
                rows.add(row(node));
            } catch (IllegalArgumentException e) {
                throw new ResultFileException(name + ": not a JMH result file (entry " + index + ": " + e.getMessage() + ")");
            }
            index++;
        }
        return rows;
    }

    private static BenchmarkRow row(JsonNode n) {
        String benchmark = text(n, "benchmark");
        String mode = text(n, "mode");
        JsonNode pm = n.get("primaryMetric");
        if (benchmark == null || mode == null || pm == null || !pm.isObject()) {
            throw new IllegalArgumentException("no benchmark, mode or primaryMetric");
        }
        TreeMap<String, String> params = new TreeMap<>();
        JsonNode p = n.get("params");
        if (p != null && p.isObject()) {
            p.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        }
        Map<String, Metric> secondaries = new LinkedHashMap<>();
        JsonNode sec = n.get("secondaryMetrics");
        if (sec != null && sec.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sec.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                secondaries.put(stripPrefix(e.getKey()), metric(e.getValue()));
            }
        }
        return new BenchmarkRow(benchmark, mode, n.path("threads").asInt(1), n.path("forks").asInt(1),
                params, metric(pm), secondaries,
                new BenchmarkRow.JvmFields(text(n, "jmhVersion"), text(n, "jvm"), text(n, "jdkVersion"),
                        text(n, "vmName"), text(n, "vmVersion"), texts(n.path("jvmArgs"))));
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return List.copyOf(list);
    }

    /** JMH before 1.37 wrote secondary metric names with a leading "·" (U+00B7). */
    static String stripPrefix(String name) {
        return name.startsWith("\u00b7") ? name.substring(1) : name;
    }

    private static Metric metric(JsonNode m) {
        if (!m.has("score")) {
            throw new IllegalArgumentException("a metric without a score");
        }
        List<double[]> forks = new ArrayList<>();
        JsonNode raw = m.get("rawData");
        JsonNode histogram = m.get("rawDataHistogram");
        if (raw != null && raw.isArray()) {
            for (JsonNode fork : raw) {
                List<Double> values = new ArrayList<>();
                fork.forEach(v -> values.add(number(v)));
                forks.add(withoutNaN(values));
            }
        } else if (histogram != null && histogram.isArray()) {
            for (JsonNode fork : histogram) {
                List<Double> values = new ArrayList<>();
                fork.forEach(iteration -> values.add(histogramMean(iteration)));
                forks.add(withoutNaN(values));
            }
        }
        return new Metric(number(m.get("score")), number(m.get("scoreError")), text(m, "scoreUnit"),
                forks.toArray(double[][]::new));
    }

    /** Sample mode keeps [[value, count], ...] per iteration; the iteration becomes its mean (NaN if empty). */
    private static double histogramMean(JsonNode iteration) {
        double sum = 0;
        double count = 0;
        for (JsonNode pair : iteration) {
            double c = number(pair.get(1));
            sum += number(pair.get(0)) * c;
            count += c;
        }
        return count > 0 ? sum / count : Double.NaN;
    }

    private static double[] withoutNaN(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
    }

    /** A JSON number, or one of JMH's strings for the values JSON cannot hold. */
    static double number(JsonNode v) {
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        String s = v.asText().strip();
        switch (s) {
            case "NaN":
                return Double.NaN;
            case "+INF":
            case "INF":
            case "Infinity":
            case "+Infinity":
                return Double.POSITIVE_INFINITY;
            case "-INF":
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + s + "' is not a number");
                }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
