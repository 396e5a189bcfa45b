package dev.knigge.rules;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for the invariant properties: every type, platform and relationship, counts around
 * the policy's thresholds, and notes made of the built-in lexicons' own phrases, so that most
 * rules of {@code professional} fire somewhere.
 */
final class RequestArbitraries {
    /** Phrases of the English and German lexicons (detectors and default texts), wildcards filled in. */
    static final List<String> ENGLISH = phrases("en");
    static final List<String> GERMAN = phrases("de");

    private RequestArbitraries() {}

    static Arbitrary<ReviewRequest> requests() {
        Arbitrary<ReviewRequest.Builder> head = Combinators.combine(Arbitraries.of(RequestType.class),
                Arbitraries.of(Platform.class), Arbitraries.of("en", "de").injectNull(0.3), notes(),
                Arbitraries.strings().alpha().ofMaxLength(30).injectNull(0.7),
                Arbitraries.of("ux-research", "kanban", "logistics", "web", "agile").list().ofMaxSize(2),
                Arbitraries.of("Kanban", "Java", "UX").injectNull(0.6))
                .as((type, platform, language, note, subject, topics, skill) -> ReviewRequest.builder(type)
                        .platform(platform).language(language).note(note).subject(subject).topics(topics).skill(skill));
        return Combinators.combine(head, requester(), recipient(), relationship(), activity(), group(), declared())
                .as((b, requester, recipient, relationship, activity, group, declared) -> b.requester(requester)
                        .recipient(recipient).relationship(relationship).activity(activity).group(group)
                        .declared(declared).build());
    }

    /** Notes: none, blank, or a greeting and a few lexicon phrases, in English or German, short or long. */
    static Arbitrary<String> notes() {
        Arbitrary<String> english = sentenceOf(ENGLISH, Arbitraries.of("Hi Priya,", "Dear Dr. Shah,", "Hello Anna,",
                "Hi there,", "Hey {{first_name}},", "Dear Mr. Krause,", ""));
        Arbitrary<String> german = sentenceOf(GERMAN, Arbitraries.of("Hallo Herr Krause,", "Sehr geehrte Frau Dr. Hofer,",
                "Hallo Stefan,", "Hi Anna,", "Liebe Maria,", "Guten Tag,", ""));
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.of("", "   ")),
                Tuple.of(6, english),
                Tuple.of(5, german),
                Tuple.of(1, Arbitraries.of("I'd like to add you to my professional network on LinkedIn.",
                        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf XING hinzufügen.",
                        "Bonjour, je voudrais vous ajouter à mon réseau.")));
    }

    private static Arbitrary<String> sentenceOf(List<String> phrases, Arbitrary<String> greetings) {
        Arbitrary<String> phrase = Arbitraries.of(phrases);
        Arbitrary<String> filler = Arbitraries.of(" ", ". ", ", ", "? ", "! ", " and ", " but ", " not ", " nicht ",
                " kein ", " I'm not ", "\n");
        Arbitrary<List<String>> body = Combinators.combine(phrase, filler).as((p, f) -> p + f).list().ofMinSize(1)
                .ofMaxSize(8);
        return Combinators.combine(greetings, body, Arbitraries.integers().between(1, 12),
                Arbitraries.of("", " Best, Tom", " Viele Grüße, B.M.", " Tom"))
                .as((greeting, parts, repeat, signOff) -> {
                    String text = greeting + " " + String.join("", parts);
                    // Now and then a long note, for the length norms.
                    return (repeat > 10 ? text.repeat(40) : text) + signOff;
                });
    }

    static Arbitrary<Requester> requester() {
        return Combinators.combine(Arbitraries.of("Tom Becker", "B. M.").injectNull(0.3),
                Arbitraries.of("Product designer", "Recruiter", "", "Agile Coach").injectNull(0.4),
                Arbitraries.of(true, false), Arbitraries.of(Account.class), Arbitraries.of(true, false))
                .as((name, headline, photo, account, recruiter) -> Requester.builder().name(name).headline(headline)
                        .hasPhoto(photo).account(account).recruiter(recruiter).build());
    }

    static Arbitrary<Recipient> recipient() {
        return Combinators.combine(Arbitraries.of("Priya", "Anna", "Stefan", "Maria").injectNull(0.3),
                Arbitraries.of("Shah", "Schmidt", "Krause", "Hofer").injectNull(0.3),
                Arbitraries.of("Dr.", "Prof. Dr.", "Mag.").injectNull(0.7), Arbitraries.of("DE", "AT", "CH", "US").injectNull(0.4),
                Arbitraries.of("en", "de", "fr").list().ofMaxSize(2).uniqueElements(),
                Arbitraries.of("logistics", "e-commerce", "it-consulting").injectNull(0.4),
                Arbitraries.of("ux-research", "kanban", "web", "usability").list().ofMaxSize(2).uniqueElements(),
                Arbitraries.of(true, false))
                .as((first, last, title, country, languages, industry, interests, accepts) -> Recipient.builder()
                        .firstName(first).lastName(last).title(title).country(country).languages(languages)
                        .industry(industry).interests(interests).acceptsInMail(accepts).acceptsGroupInvites(!accepts || first != null)
                        .build());
    }

    static Arbitrary<Relationship> relationship() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
        Arbitrary<Relationship.Builder> first = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false), Arbitraries.of(true, false), small, small, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1_000).injectNull(0.5))
                .as((degree, know, worked, interactions, mutual, shared, connected) -> Relationship.builder().degree(degree)
                        .knowEachOther(know).workedTogether(worked && know).interactions(interactions)
                        .mutualContacts(mutual).sharedGroups(shared).connectedDays(connected));
        return Combinators.combine(first, Arbitraries.integers().between(0, 40).injectNull(0.5),
                Arbitraries.of(AddressForm.class), Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(false)),
                        Tuple.of(1, Arbitraries.just(true))), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 30).injectNull(0.5), Arbitraries.integers().between(0, 40).injectNull(0.7))
                .as((b, lastContact, form, optedOut, unanswered, since, withdrawn) -> b.lastContactMonths(lastContact)
                        .addressForm(form).optedOut(optedOut).unansweredSameType(unanswered).daysSinceLastSameType(since)
                        .withdrawnDaysAgo(withdrawn).build());
    }

    static Arbitrary<Activity> activity() {
        return Combinators.combine(Arbitraries.integers().between(0, 130).injectNull(0.3),
                Arbitraries.integers().between(1, 15).injectNull(0.4), Arbitraries.integers().between(0, 700),
                Arbitraries.doubles().between(0, 1).ofScale(2).injectNull(0.5), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 5).injectNull(0.6))
                .as((similar, same, pending, rate, restricted, credits) -> Activity.builder().similarSentLast7Days(similar)
                        .sameNoteRecipients(same).pendingInvitations(pending).acceptanceRate(rate).restricted(restricted)
                        .inMailCredits(credits).build());
    }

    static Arbitrary<Group> group() {
        return Combinators.combine(Arbitraries.of("Agile Coaching DACH", "Kanban DACH").injectNull(0.2),
                Arbitraries.of("agile", "kanban", "crypto").list().ofMaxSize(2).uniqueElements(),
                Arbitraries.integers().between(0, 400).injectNull(0.3), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 400).injectNull(0.6))
                .as((name, topics, posts, requesterIsMember, recipientIsMember, lastInvite) -> Group.builder().name(name)
                        .topics(topics).posts(posts).requesterIsMember(requesterIsMember)
                        .recipientIsMember(recipientIsMember).lastInviteDaysAgo(lastInvite).build())
                .injectNull(0.5);
    }

    static Arbitrary<SenderAnswers> declared() {
        Arbitrary<Boolean> answer = Arbitraries.of(true, false).injectNull(0.85);
        return Combinators.combine(answer, answer, answer, answer, answer, answer, answer, answer)
                .as((purpose, context, pitch, bigAsk, specifics, givesOut, reciprocity, fits) -> SenderAnswers.builder()
                        .statesPurpose(purpose).statesContext(context).containsPitch(pitch).bigAsk(bigAsk)
                        .specifics(specifics).givesOut(givesOut).offersReciprocity(reciprocity).saysWhyFits(fits).build());
    }

    /** The phrases of a built-in lexicon's detectors, with wildcards filled in and regular expressions left out. */
    private static List<String> phrases(String language) {
        String resource = "knigge/policies/professional/lexicon/" + language + ".properties";
        Properties lexicon = new Properties();
        try (InputStream in = RequestArbitraries.class.getClassLoader().getResourceAsStream(resource)) {
            lexicon.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> phrases = new ArrayList<>();
        for (String key : List.of("purpose", "context", "pitch", "bigAsk", "specifics", "givesOut", "reciprocity",
                "fits", "optIn", "defaultInvitation", "defaultRecommendation")) {
            String value = lexicon.getProperty(key);
            if (value == null) {
                continue;
            }
            for (String phrase : value.split("\\|")) {
                String p = phrase.strip();
                if (p.isEmpty() || p.startsWith("re:") || p.startsWith("!")) {
                    continue;
                }
                // word* is a prefix, * any one word, ** up to eight words.
                phrases.add(p.replace("**", "really").replaceAll("(?<=\\p{L})\\*", "s")
                        .replace("*", language.equals("de") ? "Projekt" : "project"));
            }
        }
        return List.copyOf(phrases);
    }
}
