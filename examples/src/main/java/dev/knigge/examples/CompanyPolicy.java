package dev.knigge.examples;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.RuleDescription;
import dev.knigge.request.Activity;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A company policy folder layered on a built-in one: {@code examples/acme-policy} extends
 * {@code professional}, disables one rule, lowers a threshold and adds a rule of its own, with
 * English and German messages. Policies from disk are written in the untrusted policy language,
 * checked before anything of them compiles.
 */
public final class CompanyPolicy {
    private CompanyPolicy() {}

    public static void main(String[] args) {
        run(ExampleFiles.path("acme-policy"), System.out);
    }

    /** Loads the folder, lists its own rule and reviews an InMail that would dig into the reserve. */
    public static Advice run(Path folder, PrintStream out) {
        Advisor acme = Advisor.builder().policy(Policy.directory(folder)).build();
        out.println(acme.policyId() + " " + acme.policyVersion() + ": " + acme.rules(Locale.ENGLISH).size() + " rules");
        for (RuleDescription rule : acme.rules(Locale.GERMAN)) {
            if (rule.id().startsWith("ACME-") || !rule.enabled()) {
                out.println("  " + rule.id() + " " + rule.severities() + " " + rule.title() + (rule.enabled() ? "" : " (aus)"));
            }
        }
        ReviewRequest inMail = ReviewRequest.builder(RequestType.INMAIL)
                .platform(Platform.LINKEDIN)
                .language("en")
                .subject("Staff engineer role at ACME, remote in the EU")
                .note("Hi Omar, I read your post on event sourcing at scale. We're hiring a staff engineer to lead "
                        + "exactly that migration at ACME (remote in the EU, 120-140k EUR). Would you be open to a "
                        + "15-minute chat? No worries if not.")
                .recipient(Recipient.builder().firstName("Omar").lastName("Haddad").languages("en")
                        .interests("event-sourcing", "distributed-systems").build())
                .relationship(Relationship.builder().degree(2).mutualContacts(4).build())
                .activity(Activity.builder().inMailCredits(6).build())
                .build();
        Advice advice = acme.review(inMail, Locale.ENGLISH);
        out.println(advice.verdict() + " " + advice.findings().stream().map(f -> f.rule()).toList());
        return advice;
    }
}
