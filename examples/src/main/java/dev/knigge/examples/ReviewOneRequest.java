package dev.knigge.examples;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.PrintStream;

/** Review one request built in Java: the founding post's stranger asking for a recommendation. */
public final class ReviewOneRequest {
    private ReviewOneRequest() {}

    public static void main(String[] args) {
        run(System.out);
    }

    /** Builds the request, reviews it and prints the advice; returns it for callers that want more. */
    public static Advice run(PrintStream out) {
        Advisor advisor = Advisor.builder().build();       // the built-in "professional" policy

        ReviewRequest request = ReviewRequest.builder(RequestType.RECOMMENDATION)
                .platform(Platform.LINKEDIN)
                .note("Können Sie eine Empfehlung für mich schreiben? Es geht ganz schnell.")
                .recipient(Recipient.builder().firstName("Martin").lastName("Gruber").languages("de", "en")
                        .industry("it-services").interests("usability", "web-design").build())
                .relationship(Relationship.builder().degree(1).connectedDays(240).build())
                .build();

        Advice advice = advisor.review(request);          // in German: the note's language
        out.println(advice.verdict());
        for (Finding finding : advice.findings()) {
            out.println(finding.severity() + " " + finding.rule() + ": " + finding.title());
            out.println("  " + finding.suggestion());
        }
        return advice;
    }
}
