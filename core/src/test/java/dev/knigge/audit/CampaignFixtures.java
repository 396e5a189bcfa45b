package dev.knigge.audit;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.request.Activity;
import dev.knigge.request.Group;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The test policy {@code campaign} (mass.sameNote 3, weekly CONNECTION cap 4) and a hand-counted campaign. */
final class CampaignFixtures {
    /** Trusted: one of its rules throws on purpose, which the untrusted language cannot write. */
    static final Advisor ADVISOR = Advisor.builder().policy(Policy.directory(folder()).trusted()).build();
    static final Requester MAX = Requester.builder().name("Max Power").build();
    static final String PITCH = "Hi %s, I help companies grow with AI. Let's talk!";

    private CampaignFixtures() {}

    private static Path folder() {
        try {
            return Path.of(CampaignFixtures.class.getResource("/policies/campaign/policy.properties").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReviewRequest.Builder request(RequestType type, String firstName, String lastName) {
        return ReviewRequest.builder(type).requester(MAX)
                .recipient(Recipient.builder().firstName(firstName).lastName(lastName).build());
    }

    static ReviewRequest pitch(String firstName, String lastName) {
        return request(RequestType.CONNECTION, firstName, lastName).note(String.format(PITCH, firstName)).build();
    }

    /**
     * Ten requests, counted by hand in {@code CampaignAuditTest}: five copies of one pitch (one
     * to an acquaintance, one stating sameNoteRecipients 1), a personal message, two group
     * invitations with one note (one off-topic), a message without a note, an endorsement
     * request on which the policy throws.
     */
    static List<ReviewRequest> handCounted() {
        Relationship known = Relationship.builder().knowEachOther(true).build();
        Group growth = Group.builder().name("Growth Hackers").topics(List.of("growth-hacking")).build();
        return List.of(
                pitch("Anna", "Lind"),
                pitch("Ben", "Holm"),
                pitch("Clara", "Weiss"),
                pitch("David", "Novak").toBuilder().relationship(known).build(),
                pitch("Eva", "Berg").toBuilder().activity(Activity.builder().sameNoteRecipients(1).build()).build(),
                request(RequestType.MESSAGE, "Farid", "Haddad")
                        .note("Hi Farid, thanks for the intro to your CFO last week; could we talk pricing on Monday?")
                        .relationship(Relationship.builder().interactions(2).build())
                        .activity(Activity.builder().similarSentLast7Days(0).build()).build(),
                ReviewRequest.builder(RequestType.GROUP_INVITE).requester(MAX).note("Hi Greta, join Growth Hackers!")
                        .recipient(Recipient.builder().firstName("Greta").interests("supply chain").build())
                        .group(growth).build(),
                ReviewRequest.builder(RequestType.GROUP_INVITE).requester(MAX).note("Hi Hugo, join Growth Hackers!")
                        .recipient(Recipient.builder().firstName("Hugo").interests("growth hacking").build())
                        .group(growth).build(),
                request(RequestType.MESSAGE, "Ines", "Costa").relationship(known).build(),
                request(RequestType.ENDORSEMENT, "Jan", "Kowalski").build());
    }
}
