package parbench.report;

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
import parbench.UserError;

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
            throw new UserError(name + ": no such file");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read it (" + e.getMessage() + ")");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new UserError(name + ": the file is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new UserError(name + ": truncated JSON (it ends in the middle of a value)");
        } catch (JsonProcessingException e) {
            throw new UserError(name + ": not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new UserError(name + ": cannot read it (" + e.getMessage() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new UserError(name + ": not a JMH result file (JMH writes a JSON array of benchmarks)");
        }
        if (root.isEmpty()) {
            throw new UserError(name + ": a JMH result file with no benchmarks in it");
        }
        List<BenchmarkRow> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            try {
                rows.add(row(node));
            } catch (IllegalArgumentException e) {
                throw new UserError(name + ": not a JMH result file (entry " + index + ": " + e.getMessage() + ")");
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
                        text(n, "vmName"), text(n, "vmVersion")));
    }

    /** JMH before 1.37 wrote secondary metric names with a leading "·" (U+00B7). */
    static String stripPrefix(String name) {
        return name.startsWith("\u00b7") ? name.substring(1) : name;
    }

    private static Metric metric(JsonNode m) {
        if (!m.has("score")) {
            throw new IllegalArgumentException("a metric without a score");
        }
        List<Double> samples = new ArrayList<>();
        JsonNode raw = m.get("rawData");
        JsonNode histogram = m.get("rawDataHistogram");
        if (raw != null && raw.isArray()) {
            for (JsonNode fork : raw) {
                for (JsonNode v : fork) {
                    samples.add(number(v));
                }
            }
        } else if (histogram != null && histogram.isArray()) {
            // sample mode: [fork][iteration][[value, count], ...]; each iteration becomes its mean
            for (JsonNode fork : histogram) {
                for (JsonNode iteration : fork) {
                    double sum = 0;
                    double count = 0;
                    for (JsonNode pair : iteration) {
                        double c = number(pair.get(1));
                        sum += number(pair.get(0)) * c;
                        count += c;
                    }
                    if (count > 0) {
                        samples.add(sum / count);
                    }
                }
            }
        }
        double[] values = samples.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
        return new Metric(number(m.get("score")), number(m.get("scoreError")), text(m, "scoreUnit"), values);
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
