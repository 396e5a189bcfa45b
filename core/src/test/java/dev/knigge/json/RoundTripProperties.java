package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Account;
import dev.knigge.request.Activity;
import dev.knigge.request.AddressForm;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripProperties {

    @Property(tries = 300)
    void aWrittenRequestReadsBackEqual(@ForAll("requests") ReviewRequest request) {
        assertThat(RequestJson.read(RequestJson.write(request))).isEqualTo(request);
    }

    @Property(tries = 100)
    void aWrittenRequestReadsBackEqualAsAnNdjsonLineOfUtf8(@ForAll("requests") ReviewRequest request) {
        byte[] line = (RequestJson.write(request) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(RequestLinesTest.all(RequestJson.readLines(new ByteArrayInputStream(line))))
                .singleElement().satisfies(read -> assertThat(read.request()).isEqualTo(request));
    }

    @Property(tries = 200)
    void aWrittenRequestIsOneLine(@ForAll("requests") ReviewRequest request) {
        assertThat(RequestJson.write(request)).doesNotContain("\n", "\r");
    }

    @Provide
    Arbitrary<ReviewRequest> requests() {
        Arbitrary<ReviewRequest.Builder> head = Combinators.combine(
                Arbitraries.of(RequestType.class), Arbitraries.of(Platform.class), text(40).injectNull(0.3),
                Arbitraries.of("de", "en", "de-AT", "fr", "gsw").injectNull(0.5), text(300).injectNull(0.2),
                text(80).injectNull(0.7), texts(), text(20).injectNull(0.7))
                .as((type, platform, id, language, note, subject, topics, skill) -> ReviewRequest.builder(type)
                        .platform(platform).id(id).language(language).note(note).subject(subject).topics(topics)
                        .skill(skill));
        return Combinators.combine(head, requester(), recipient(), relationship(), activity(), group().injectNull(0.5),
                declared()).as((b, requester, recipient, relationship, activity, group, declared) -> b.requester(requester)
                        .recipient(recipient).relationship(relationship).activity(activity).group(group).declared(declared)
                        .build());
    }

    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().ofMaxLength(maxLength).filter(s -> s.codePointCount(0, s.length()) <= maxLength)
                .edgeCases(edges -> edges.add("\"\\/\u0000\u2028\uD83D\uDC4B"));
    }

    private static Arbitrary<List<String>> texts() {
        return text(15).list().ofMaxSize(4);
    }

    private static Arbitrary<Integer> count() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    private static Arbitrary<Boolean> answer() {
        return Arbitraries.of(true, false).injectNull(0.4);
    }

    private static Arbitrary<Requester> requester() {
        return Combinators.combine(text(20).injectNull(0.3), text(30).injectNull(0.3), Arbitraries.of(true, false),
                Arbitraries.of(Account.class), Arbitraries.of(true, false))
                .as((name, headline, photo, account, recruiter) -> Requester.builder().name(name).headline(headline)
                        .hasPhoto(photo).account(account).recruiter(recruiter).build());
    }

    private static Arbitrary<Recipient> recipient() {
        Arbitrary<Recipient.Builder> names = Combinators.combine(text(20).injectNull(0.3), text(20).injectNull(0.3),
                Arbitraries.of("Dr.", "Prof.", "Mag.", "DI").injectNull(0.7), Arbitraries.of("DE", "AT", "CH").injectNull(0.4))
                .as((first, last, title, country) -> Recipient.builder().firstName(first).lastName(last).title(title)
                        .country(country));
        return Combinators.combine(names, texts(), text(20).injectNull(0.5), texts(), texts(), Arbitraries.of(true, false),
                Arbitraries.of(true, false))
                .as((b, languages, industry, interests, groups, inMail, invites) -> b.languages(languages).industry(industry)
                        .interests(interests).groups(groups).acceptsInMail(inMail).acceptsGroupInvites(invites).build());
    }

    private static Arbitrary<Relationship> relationship() {
        Arbitrary<Relationship.Builder> first = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false), Arbitraries.of(true, false), count(), count(), count(), count().injectNull(0.5))
                .as((degree, know, worked, interactions, mutual, shared, connected) -> Relationship.builder().degree(degree)
                        .knowEachOther(know).workedTogether(worked).interactions(interactions).mutualContacts(mutual)
                        .sharedGroups(shared).connectedDays(connected));
        return Combinators.combine(first, count().injectNull(0.5), Arbitraries.of(AddressForm.class),
                Arbitraries.of(true, false), count(), count().injectNull(0.5), count().injectNull(0.5))
                .as((b, lastContact, form, optedOut, unanswered, since, withdrawn) -> b.lastContactMonths(lastContact)
                        .addressForm(form).optedOut(optedOut).unansweredSameType(unanswered).daysSinceLastSameType(since)
                        .withdrawnDaysAgo(withdrawn).build());
    }

    private static Arbitrary<Activity> activity() {
        return Combinators.combine(count().injectNull(0.5), Arbitraries.integers().between(1, Integer.MAX_VALUE).injectNull(0.5),
                count(), Arbitraries.doubles().between(0, 1).injectNull(0.5), Arbitraries.of(true, false),
                count().injectNull(0.5))
                .as((similar, same, pending, rate, restricted, credits) -> Activity.builder().similarSentLast7Days(similar)
                        .sameNoteRecipients(same).pendingInvitations(pending).acceptanceRate(rate).restricted(restricted)
                        .inMailCredits(credits).build());
    }

    private static Arbitrary<Group> group() {
        return Combinators.combine(text(30).injectNull(0.3), texts(), count().injectNull(0.5), Arbitraries.of(true, false),
                Arbitraries.of(true, false), count().injectNull(0.5))
                .as((name, topics, posts, requesterIsMember, recipientIsMember, lastInvite) -> Group.builder().name(name)
                        .topics(topics).posts(posts).requesterIsMember(requesterIsMember)
                        .recipientIsMember(recipientIsMember).lastInviteDaysAgo(lastInvite).build());
    }

    private static Arbitrary<SenderAnswers> declared() {
        Arbitrary<SenderAnswers.Builder> first = Combinators.combine(answer(), answer(), answer(), answer(), answer())
                .as((purpose, context, pitch, bigAsk, specifics) -> SenderAnswers.builder().statesPurpose(purpose)
                        .statesContext(context).containsPitch(pitch).bigAsk(bigAsk).specifics(specifics));
        return Combinators.combine(first, answer(), answer(), answer(), answer())
                .as((b, givesOut, reciprocity, fits, check) -> b.givesOut(givesOut).offersReciprocity(reciprocity)
                        .saysWhyFits(fits).asksIntermediaryToCheck(check).build());
    }
}
