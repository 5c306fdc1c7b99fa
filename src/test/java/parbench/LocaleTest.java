package parbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables do not depend on the default locale: no dotless i in labels, no decimal commas. */
class LocaleTest {
    private static final String RUN = Path.of("results", "intel-xeon-2cpu", "20261122-044832.json").toString();
    private static final String OLDER = Path.of("results", "intel-xeon-2cpu", "20261122-024816.json").toString();

    @TempDir
    Path dir;

    private String[] outputs(Locale locale) throws Exception {
        Path[] otherSuite = OtherSuite.pair(dir);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return new String[] {
                    CliRun.of("report", RUN).out(),
                    CliRun.of("compare", OLDER, RUN).out(),
                    CliRun.of("compare", "--csv", OLDER, RUN).out(),
                    CliRun.of("compare", otherSuite[0].toString(), otherSuite[1].toString()).out()};
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void turkishAndGermanGiveTheSameTablesAsEnglish() throws Exception {
        String[] english = outputs(Locale.US);
        assertTrue(english[0].contains("| longest first | 9 |"), "the uneven-tasks table is filled in");
        assertTrue(english[0].contains("- **Uneven tasks**"), "and its verdict line");
        for (String tag : new String[] {"tr-TR", "de-DE"}) {
            String[] other = outputs(Locale.forLanguageTag(tag));
            for (int i = 0; i < english.length; i++) {
                assertEquals(english[i], other[i], tag + ", output " + i);
            }
        }
    }
}
