package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a note costs per kilobyte: one review with the {@code professional} policy of a message
 * whose note is {@link #characters} long, of a {@link #kind} meant to make a matcher work hard.
 * The kind {@code none} (no note at all, whatever the length says) is the baseline in the same run.
 *
 * <p>Read the score as microseconds per review; {@code (score − none) / (characters / 1000)} is the
 * cost of a thousand characters. The point is the shape: for every kind the cost grows in
 * proportion to the length (1,000 → 5,000 → 20,000 characters), where a regular expression that
 * backtracks would grow with its square or worse. Tests only guard against hangs; the numbers
 * live here, and in {@code docs/reliability.md}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NoteCostBenchmark
 * java -jar benchmarks/target/benchmarks.jar NoteCostBenchmark -p kind=none,runOfOneCharacter -p characters=20000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NoteCostBenchmark {
    /** How the note is made; every kind is cut to exactly {@link #characters} code points ({@code none}: no note). */
    @Param({"none", "plainEnglish", "plainGerman", "runOfOneCharacter", "repeatedPhrase", "mixedScriptsAndEmoji",
        "digitsAndCurrency"})
    public String kind;

    /** The note's length in characters (code points); 20,000 is the format's limit. */
    @Param({"1000", "5000", "20000"})
    public int characters;

    private Advisor advisor;
    private ReviewRequest request;

    @Setup
    public void setUp() {
        advisor = Advisor.builder().policy(Policy.builtIn("professional")).build();
        Recipient recipient = Recipient.builder().firstName("Stefan").lastName("Krause").languages("de", "en")
                .industry("it-consulting").interests("usability", "web").build();
        request = ReviewRequest.builder(RequestType.MESSAGE).recipient(recipient).note(note(kind, characters)).build();
        // A review that failed here would make every number below meaningless.
        advisor.review(request);
    }

    /** One review of the request with its note. */
    @Benchmark
    public Advice review() {
        return advisor.review(request);
    }

    /** A note of the kind, exactly {@code characters} code points long ({@code null} for {@code none}). */
    static String note(String kind, int characters) {
        if (kind.equals("none")) {
            return null;
        }
        String unit = switch (kind) {
            case "plainEnglish" -> "Hi Stefan, we met at the usability meetup in Hamburg last week and talked about "
                    + "remote tests. I'd like to ask you two questions about your checklist; no worries if not. ";
            case "plainGerman" -> "Hallo Herr Krause, wir haben uns letzte Woche beim Usability-Stammtisch in Hamburg "
                    + "über Remote-Tests unterhalten. Dürfte ich Ihnen zwei Fragen zu Ihrer Checkliste stellen? ";
            case "runOfOneCharacter" -> "a";
            case "repeatedPhrase" -> "I'm not trying to sell you anything but book a demo ";
            case "mixedScriptsAndEmoji" -> "Grüße Ελληνικά Привет مرحبا שלום नमस्ते 你好世界 こんにちは 👩‍👩‍👧‍👦 👍🏽 🇩🇪 e\u0301\u0302 ";
            case "digitsAndCurrency" -> "1.000.000 € 30 minutes 19 2024 CHF 50.000 100k 45% ";
            default -> throw new IllegalArgumentException("no note kind " + kind);
        };
        StringBuilder out = new StringBuilder();
        while (out.codePointCount(0, out.length()) < characters) {
            out.append(unit);
        }
        String text = out.toString();
        return text.substring(0, text.offsetByCodePoints(0, characters));
    }
}
