package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The digit prefilter skips a pattern for digit-free notes only when every match holds a digit,
 * and searches notes with digits only near them when a match's length is bounded: with exactly the
 * matches a search of the whole note finds.
 */
class DigitPrefilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\b(19|20)\\d{2}\\b", "[€$£] ?\\d{2,3}", "\\b(chf|eur) ?\\d{2,3}",
            "(?:^|[^\\d.,])\\d{2,3}(\\.000|k)? ?([€$£]|euro)", "\\b([3-9]\\d|1\\d\\d) ?-?minutes?", "q[1-4]",
            "(a\\d|b[0-9])x"})
    void knowsWhenEveryMatchHasADigit(String regex) {
        assertThat(DigitPrefilter.needsDigit(regex)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "\\d?demo", "(\\d|x)y", "\\d*x", "x\\d{0,2}", "[a-z\\d]+", "\\D", "a|\\d"})
    void doesNotClaimADigitWhereAMatchNeedNotHaveOne(String regex) {
        assertThat(DigitPrefilter.needsDigit(regex)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"demo;8", "\\b\\d{1,3} ?-?min;16", "(ab|c)?x;6", "[€$£] ?\\d{2,3};10",
            "(?i)abc;6", "(?:^|[^\\d.,])\\d{2,3}(\\.000|,000|k)?;16", "\\p{L}\\d;4", "a{2,5};10"})
    void boundsTheLengthOfAMatch(String regex, int units) {
        assertThat(DigitPrefilter.maxLength(regex)).isEqualTo(units);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\d+", "a*\\d", "x\\d{2,}", "\\Q1\\E"})
    void saysWhenALengthIsNotBounded(String regex) {
        assertThat(DigitPrefilter.maxLength(regex)).isEqualTo(-1);
    }

    @Test
    void windowsAroundDigitsReachWhiteSpaceOnBothSidesAndMerge() {
        String lower = "we met in 2019 and again in 2020, then 15 minutes";
        int[] windows = DigitPrefilter.windows(lower, 4);
        assertThat(windows).containsExactly(6, 19, 24, lower.length());
        assertThat(DigitPrefilter.windows("no digits here", 4)).isEmpty();
    }

    @Test
    void searchingTheWindowsFindsExactlyWhatSearchingTheWholeNoteFinds() {
        List<String> patterns = List.of("\\b\\d{1,3} ?-?(minutes?|mins?)\\b", "[€$£] ?\\d{2,3}", "\\b(chf|eur) ?\\d{2,3}",
                "(?:^|[^\\d.,])\\d{2,3}(\\.000|,000|k)? ?([€$£]|eur\\b|euro|chf)", "\\b\\d{2,5} ?(€|eur) ?(/|pro) ?monat\\b",
                "\\b(19[89]\\d|20[0-4]\\d)\\b", "q[1-4]\\b");
        String[] pieces = {"we", "met", "in", "2019", "15", "min", "minutes", "-", "€", "50", "000", "eur", "chf", "k", ".", ",",
                "pro", "monat", "/", "q3", "199", "x", "\n", "%", "1999", "2049", "ab12", "12cd", "€99"};
        Random random = new Random(12);
        for (int round = 0; round < 3000; round++) {
            StringBuilder note = new StringBuilder();
            for (int words = random.nextInt(30); words > 0; words--) {
                note.append(pieces[random.nextInt(pieces.length)]);
                note.append(random.nextInt(4) == 0 ? "" : " ");
            }
            String lower = note.toString();
            for (String regex : patterns) {
                Pattern pattern = Pattern.compile(regex);
                assertThat(DigitPrefilter.needsDigit(regex)).as(regex).isTrue();
                assertThat(windowed(pattern, lower, DigitPrefilter.maxLength(regex))).as("%s in \"%s\"", regex, lower)
                        .isEqualTo(whole(pattern, lower));
            }
        }
    }

    private static List<String> whole(Pattern pattern, String lower) {
        List<String> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(lower);
        while (matcher.find()) {
            matches.add(matcher.start() + "-" + matcher.end());
        }
        return matches;
    }

    private static List<String> windowed(Pattern pattern, String lower, int maxLength) {
        List<String> matches = new ArrayList<>();
        int[] windows = DigitPrefilter.windows(lower, maxLength);
        for (int w = 0; w < windows.length; w += 2) {
            Matcher matcher = pattern.matcher(lower.substring(windows[w], windows[w + 1]));
            while (matcher.find()) {
                matches.add((windows[w] + matcher.start()) + "-" + (windows[w] + matcher.end()));
            }
        }
        return matches;
    }
}
