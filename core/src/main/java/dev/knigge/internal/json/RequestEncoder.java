package dev.knigge.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.request.Account;
import dev.knigge.request.Activity;
import dev.knigge.request.AddressForm;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import java.io.IOException;
import java.util.List;

/**
 * Writes a {@link ReviewRequest} in the JSON request format (v1), fields in the format's order.
 * A value equal to its default is left out (so is a part equal to its default), which
 * {@link RequestDecoder} reads back to the same values. Stateless and thread-safe. Hand-written on
 * jackson-core's generator, like the decoder: no jackson-databind for embedders.
 */
public final class RequestEncoder {
    private RequestEncoder() {}

    /** Writes {@code request} as one JSON object. */
    public static void write(ReviewRequest request, JsonGenerator g) throws IOException {
        g.writeStartObject();
        string(g, "id", request.id());
        g.writeStringField("type", request.type().name());
        if (request.platform() != Platform.GENERIC) {
            g.writeStringField("platform", request.platform().name());
        }
        string(g, "language", request.language());
        string(g, "note", request.note());
        string(g, "subject", request.subject());
        strings(g, "topics", request.topics());
        string(g, "skill", request.skill());
        if (!request.requester().equals(Requester.UNKNOWN)) {
            requester(g, request.requester());
        }
        if (!request.recipient().equals(Recipient.UNKNOWN)) {
            recipient(g, request.recipient());
        }
        if (!request.relationship().equals(Relationship.STRANGERS)) {
            relationship(g, request.relationship());
        }
        if (!request.activity().equals(Activity.NONE)) {
            activity(g, request.activity());
        }
        if (request.group() != null) {
            group(g, request.group());
        }
        if (!request.declared().equals(SenderAnswers.NOTHING)) {
            declared(g, request.declared());
        }
        g.writeEndObject();
    }

    private static void requester(JsonGenerator g, Requester r) throws IOException {
        g.writeObjectFieldStart("requester");
        string(g, "name", r.name());
        string(g, "headline", r.headline());
        string(g, "company", r.company());
        bool(g, "hasPhoto", r.hasPhoto(), true);
        if (r.account() != Account.FREE) {
            g.writeStringField("account", r.account().name());
        }
        bool(g, "recruiter", r.recruiter(), false);
        g.writeEndObject();
    }

    private static void recipient(JsonGenerator g, Recipient r) throws IOException {
        g.writeObjectFieldStart("recipient");
        string(g, "firstName", r.firstName());
        string(g, "lastName", r.lastName());
        string(g, "title", r.title());
        string(g, "country", r.country());
        strings(g, "languages", r.languages());
        string(g, "industry", r.industry());
        strings(g, "interests", r.interests());
        strings(g, "groups", r.groups());
        bool(g, "acceptsInMail", r.acceptsInMail(), true);
        bool(g, "acceptsGroupInvites", r.acceptsGroupInvites(), true);
        g.writeEndObject();
    }

    private static void relationship(JsonGenerator g, Relationship r) throws IOException {
        g.writeObjectFieldStart("relationship");
        count(g, "degree", r.degree());
        bool(g, "knowEachOther", r.knowEachOther(), false);
        bool(g, "workedTogether", r.workedTogether(), false);
        count(g, "interactions", r.interactions());
        count(g, "mutualContacts", r.mutualContacts());
        count(g, "sharedGroups", r.sharedGroups());
        number(g, "connectedDays", r.connectedDays());
        number(g, "lastContactMonths", r.lastContactMonths());
        if (r.addressForm() != AddressForm.UNKNOWN) {
            g.writeStringField("addressForm", r.addressForm().name());
        }
        bool(g, "optedOut", r.optedOut(), false);
        count(g, "unansweredSameType", r.unansweredSameType());
        number(g, "daysSinceLastSameType", r.daysSinceLastSameType());
        number(g, "withdrawnDaysAgo", r.withdrawnDaysAgo());
        g.writeEndObject();
    }

    private static void activity(JsonGenerator g, Activity a) throws IOException {
        g.writeObjectFieldStart("activity");
        number(g, "similarSentLast7Days", a.similarSentLast7Days());
        number(g, "sameNoteRecipients", a.sameNoteRecipients());
        count(g, "pendingInvitations", a.pendingInvitations());
        if (a.acceptanceRate() != null) {
            g.writeNumberField("acceptanceRate", a.acceptanceRate());
        }
        bool(g, "restricted", a.restricted(), false);
        number(g, "inMailCredits", a.inMailCredits());
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, Group group) throws IOException {
        g.writeObjectFieldStart("group");
        string(g, "name", group.name());
        strings(g, "topics", group.topics());
        number(g, "posts", group.posts());
        bool(g, "requesterIsMember", group.requesterIsMember(), true);
        bool(g, "recipientIsMember", group.recipientIsMember(), false);
        number(g, "lastInviteDaysAgo", group.lastInviteDaysAgo());
        g.writeEndObject();
    }

    private static void declared(JsonGenerator g, SenderAnswers d) throws IOException {
        g.writeObjectFieldStart("declared");
        answer(g, "statesPurpose", d.statesPurpose());
        answer(g, "statesContext", d.statesContext());
        answer(g, "containsPitch", d.containsPitch());
        answer(g, "bigAsk", d.bigAsk());
        answer(g, "specifics", d.specifics());
        answer(g, "givesOut", d.givesOut());
        answer(g, "offersReciprocity", d.offersReciprocity());
        answer(g, "saysWhyFits", d.saysWhyFits());
        answer(g, "asksIntermediaryToCheck", d.asksIntermediaryToCheck());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }

    private static void bool(JsonGenerator g, String name, boolean value, boolean byDefault) throws IOException {
        if (value != byDefault) {
            g.writeBooleanField(name, value);
        }
    }

    private static void answer(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    private static void count(JsonGenerator g, String name, int value) throws IOException {
        if (value != 0) {
            g.writeNumberField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }
}
