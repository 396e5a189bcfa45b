package dev.knigge.rules;

import dev.knigge.request.Activity;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;

/** The requests of the shared examples folder, built field by field as their JSON gives them. */
final class Examples {
    private Examples() {}

    /** {@code recommendation-from-a-stranger.json}: the founding post's "B.M.". */
    static ReviewRequest recommendationFromAStranger() {
        return ReviewRequest.builder(RequestType.RECOMMENDATION).id("founding-post-recommendation")
                .platform(Platform.LINKEDIN).language("de")
                .note("Können Sie eine Empfehlung für mich schreiben? Es geht ganz schnell.")
                .requester(Requester.builder().name("B. M.").headline("Vertrieb & Marketing").build())
                .recipient(Recipient.builder().firstName("Martin").lastName("Gruber").languages("de", "en")
                        .industry("it-services").interests("usability", "web-design", "social-media").build())
                .relationship(Relationship.builder().degree(1).knowEachOther(false).workedTogether(false)
                        .interactions(0).mutualContacts(0).connectedDays(240).build())
                .build();
    }

    /** {@code group-invite-off-topic.json}: a network-marketing group for a usability consultant. */
    static ReviewRequest groupInviteOffTopic() {
        return ReviewRequest.builder(RequestType.GROUP_INVITE).id("founding-post-group-invite")
                .platform(Platform.LINKEDIN).language("de")
                .note("Hallo, ich lade Sie herzlich in unsere Gruppe ein!")
                .requester(Requester.builder().name("Karl Fink").build())
                .recipient(Recipient.builder().firstName("Martin").lastName("Gruber").languages("de", "en")
                        .industry("it-services").interests("usability", "web-design").build())
                .relationship(Relationship.builder().degree(1).knowEachOther(false).interactions(0)
                        .connectedDays(90).build())
                .group(Group.builder().name("Erfolgreich im Network-Marketing").topics("network-marketing", "mlm")
                        .posts(1200).requesterIsMember(true).build())
                .build();
    }

    /** {@code connection-former-colleague.json}: a former teammate, out of touch for 30 months. */
    static ReviewRequest connectionFormerColleague() {
        return ReviewRequest.builder(RequestType.CONNECTION).id("former-colleague")
                .platform(Platform.LINKEDIN).language("en")
                .note("Hi Priya, we shipped the checkout redesign together at Zalando in 2019. I'd love to stay in "
                        + "touch now that we've both moved on.")
                .requester(Requester.builder().name("Tom Becker").headline("Product designer").build())
                .recipient(Recipient.builder().firstName("Priya").lastName("Shah").languages("en")
                        .industry("e-commerce").interests("ux-research").build())
                .relationship(Relationship.builder().degree(2).knowEachOther(true).workedTogether(true)
                        .interactions(0).mutualContacts(35).lastContactMonths(30).build())
                .build();
    }

    /**
     * {@code campaign.ndjson}, line 1, with {@code sameNoteRecipients} = 12 as the campaign audit
     * computes it (all twelve requests share the note).
     */
    static ReviewRequest campaignFirstRequest() {
        return ReviewRequest.builder(RequestType.CONNECTION).id("c01").platform(Platform.LINKEDIN).language("en")
                .note("Hi, I help companies grow with AI automation. Let's connect and book a quick demo!")
                .requester(Requester.builder().name("Max Power").headline("Growth hacker").build())
                .recipient(Recipient.builder().firstName("Anna").lastName("Schmidt").languages("en")
                        .industry("logistics").interests("supply-chain").build())
                .relationship(Relationship.builder().degree(3).knowEachOther(false).interactions(0)
                        .mutualContacts(0).build())
                .activity(Activity.builder().similarSentLast7Days(61).sameNoteRecipients(12).build())
                .build();
    }
}
