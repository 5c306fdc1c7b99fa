package parbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ against the code: every relative link (and its #anchor) resolves, every
 * option the help lists is documented, every option the docs name exists, and the README stays a
 * newcomer's page.
 */
class DocsTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern LONG_OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z]");

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target);
                } else if (target.contains("#") && !anchors(resolved).contains(target.substring(target.indexOf('#') + 1))) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** GitHub's anchors: a heading in lower case, spaces to hyphens, other punctuation dropped. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    @Test
    void everyOptionTheHelpListsIsDocumentedAndEveryDocumentedOptionExists() throws IOException {
        Set<String> inHelp = new TreeSet<>();
        inHelp.addAll(options(CliRun.of("-h").out().lines().filter(l -> l.startsWith("parbench adds:")).findFirst()
                .orElseThrow()));
        for (String command : List.of("compare", "report", "machine")) {
            CliRun help = CliRun.of(command, "--help");
            inHelp.addAll(options(help.out() + help.err()));
        }
        assertTrue(inHelp.containsAll(List.of("--quick", "--budget", "--kernel-classpath", "--max-regression", "--baseline",
                "--out", "--json")), "the help was read: " + inHelp);
        StringBuilder docs = new StringBuilder();
        for (Path page : pages()) {
            docs.append(Files.readString(page)).append('\n');
        }
        Set<String> documented = options(docs.toString());
        Set<String> undocumented = new TreeSet<>(inHelp);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "in the help, not in the README or docs/");
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(inHelp);
        assertEquals(Set.of(), unknown, "in the README or docs/, not in any help");
    }

    private static Set<String> options(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = LONG_OPTION.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theReadmeIsANewcomersPage() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        assertTrue(lines.size() <= 250, "README.md has " + lines.size() + " lines; docs/ holds the rest");
        assertTrue(lines.stream().noneMatch(l -> l.matches(".*\\b20\\d{6}-\\d{6}\\b.*") && !l.contains("](results/")),
                "a run is named in the README only as a link to its report");
    }
}
