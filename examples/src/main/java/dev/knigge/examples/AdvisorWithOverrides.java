package dev.knigge.examples;

import dev.knigge.Advisor;
import dev.knigge.AdvisorListener;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.request.Activity;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tune a built-in policy from code: a lower weekly cap, a softer severity, a rule switched off,
 * German texts, and a listener that counts which rules fire — how a platform watches production.
 */
public final class AdvisorWithOverrides {
    private AdvisorWithOverrides() {}

    public static void main(String[] args) {
        run(System.out);
    }

    /** Reviews a busy week's connection request with and without the overrides; returns the hit counts. */
    public static Map<String, LongAdder> run(PrintStream out) {
        Map<String, LongAdder> hits = new ConcurrentHashMap<>();
        AdvisorListener counter = new AdvisorListener() {
            @Override
            public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                for (Finding finding : advice.findings()) {
                    hits.computeIfAbsent(finding.rule(), id -> new LongAdder()).increment();
                }
            }
        };
        Advisor advisor = Advisor.builder()
                .parameter("cap.weekly.CONNECTION", 80)           // norms §2 keys
                .severity("GEN-LANGUAGE", Severity.ADVICE)         // every tier of the rule
                .disable("GEN-REQUESTER-PROFILE")
                .locale(Locale.GERMAN)
                .listener(counter)
                .build();

        ReviewRequest busyWeek = ReviewRequest.builder(RequestType.CONNECTION)
                .platform(Platform.LINKEDIN)
                .language("en")
                .note("Hi Lena, we met at the Berlin Product Camp last month. I'd like to stay in touch about product discovery.")
                .recipient(Recipient.builder().firstName("Lena").lastName("Vogt").languages("de")
                        .interests("product-discovery").build())
                .relationship(Relationship.builder().degree(2).knowEachOther(true).interactions(1).build())
                .activity(Activity.builder().similarSentLast7Days(85).build())
                .build();

        Advice tuned = advisor.review(busyWeek);
        Advice plain = Advisor.builder().locale(Locale.GERMAN).build().review(busyWeek);
        out.println("professional: " + plain.verdict() + " " + plain.findings().stream().map(f -> f.rule() + "/" + f.severity()).toList());
        out.println("tuned:        " + tuned.verdict() + " " + tuned.findings().stream().map(f -> f.rule() + "/" + f.severity()).toList());
        out.println("hits: " + hits);
        return hits;
    }
}
