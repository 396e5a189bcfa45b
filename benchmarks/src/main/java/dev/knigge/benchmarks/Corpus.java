package dev.knigge.benchmarks;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fixed, realistic corpus of requests for the benchmarks: every request type, English and
 * German notes (and a few the policy cannot read), on LinkedIn, XING and generic platforms,
 * between strangers, acquaintances and former colleagues, with every verdict among the results.
 * Generated from a seed, so every run and every machine sees the same requests.
 */
public final class Corpus {
    /** The seed of the corpus every benchmark uses. */
    public static final long SEED = 20_261_101L;
    /** The size of the corpus every benchmark uses. */
    public static final int SIZE = 256;

    private Corpus() {}

    /** The benchmarks' corpus. */
    public static List<ReviewRequest> standard() {
        return generate(SEED, SIZE);
    }

    /** A corpus of {@code size} requests from a seed. */
    public static List<ReviewRequest> generate(long seed, int size) {
        Random random = new Random(seed);
        List<ReviewRequest> requests = new ArrayList<>(size);
        RequestType[] types = RequestType.values();
        for (int i = 0; i < size; i++) {
            // Connections and messages are what platforms see most; every type still comes up often.
            RequestType type = random.nextInt(3) == 0 ? types[random.nextInt(2)] : types[random.nextInt(types.length)];
            requests.add(request(random, "r" + i, type));
        }
        return List.copyOf(requests);
    }

    private record Person(String first, String last, String title, String country, List<String> languages,
                          String industry, List<String> interests, List<String> groups) {}

    private static final List<Person> PEOPLE = List.of(
            new Person("Anna", "Becker", null, "DE", List.of("en", "de"), "logistics",
                    List.of("cold-chain tracking", "warehouse automation"), List.of("Logistics Leaders")),
            new Person("Omar", "Haddad", null, "GB", List.of("en"), "cloud computing",
                    List.of("event sourcing", "kubernetes", "cloud cost control"), List.of()),
            new Person("Priya", "Nair", null, "DE", List.of("en", "de"), "user research",
                    List.of("usability testing", "checkout flows"), List.of("UX Research Berlin")),
            new Person("Stefan", "Krause", "Dr.", "DE", List.of("de", "en"), "it-consulting",
                    List.of("usability", "web"), List.of()),
            new Person("Eva", "Obermann", "Prof. Dr.", "AT", List.of("de"), "higher education",
                    List.of("machine learning", "data science"), List.of("KI Netzwerk Wien")),
            new Person("Sabine", "Sommer", null, "DE", List.of("de"), "agile coaching",
                    List.of("scrum", "agile"), List.of("Agile Coaching DACH")),
            new Person("Lukas", "Huber", "Mag.", "AT", List.of("de", "en"), "finance",
                    List.of("controlling", "risk management"), List.of()),
            new Person("Maria", "Lopez", null, "ES", List.of("es", "en"), "pharmacy retail",
                    List.of("retail analytics"), List.of()),
            new Person("Tom", "Fischer", null, null, List.of(), null, List.of(), List.of()));

    private static final List<String> EN_CONNECTION = List.of(
            "Hi {first}, we met at the {event} in {city} last week and talked about {topic}. I'd like to stay in touch.",
            "Hi {first}, I read your post about {topic} and I'd like to ask you how your team handles it.",
            "I'd like to add you to my professional network on LinkedIn.",
            "Hi {first}, I'd like to add you to my professional network.",
            "Hi, I help companies grow with AI automation. Let's connect and book a quick demo!",
            "Hi {first}, we worked together at ACME from 2018 to 2021 on the {topic} project. Let's reconnect!",
            "Hello {first}, let's connect.",
            "Hi {first}, I'm looking for a new job in {topic}. Could you refer me for an open position at your company?",
            "Hi {wrong}, I came across your profile and would love to connect with like-minded professionals.",
            "Hi {{first_name}}, I'd love to add you to my network of {topic} experts. We offer a 20% discount on our platform this month.",
            "Hi {first}, your talk at the {event} on {topic} was great. I'd like to ask you one question about it.",
            "Hi {first}, we're hiring a staff engineer for {topic} at ACME (remote in the EU). Would you be open to a 15-minute chat? No worries if not.");
    private static final List<String> DE_CONNECTION = List.of(
            "Hallo Frau {last}, wir haben uns letzte Woche auf der {event} in {city} kennengelernt. Ich möchte gern in Kontakt bleiben.",
            "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
            "Hallo {first}, ich habe deinen Vortrag zu {topic} auf der {event} gesehen. Ich würde mich freuen, wenn wir uns vernetzen.",
            "Guten Tag Herr {last}, wir haben 2019 im Projekt für die Stadtwerke zusammengearbeitet. Ich würde mich freuen, wieder in Kontakt zu sein.",
            "Hallo, wir bieten Ihnen eine kostenlose Demo unserer Software für {topic}. Jetzt Termin buchen!",
            "Sehr geehrte Frau Dr. {last}, ich würde mich gern mit Ihnen über {topic} austauschen.",
            "Hallo {first}, lass uns vernetzen!",
            "Guten Tag Herr {last}, ich habe Ihren Artikel über {topic} gelesen. Wie sehen Sie die Entwicklung in {city}?");
    private static final List<String> EN_MESSAGE = List.of(
            "Hi {first}, just following up on my question about the {topic} talk you gave at the {event}. Could you share the slides?",
            "Hi {first}, I'd like to ask whether you would speak at our {topic} conference in {city} on 12 May.",
            "Hi {first}, I'm reaching out about an exciting opportunity that matches your profile. Would you be open to a chat?",
            "Hi {first}, could we jump on a call today or tomorrow for 45 minutes? I'd love your feedback on my startup's pitch deck.",
            "Dear {first}, our agency helps teams like yours cut costs by 30%. Book a demo this week and get the first month free.",
            "Hi {first}, thanks for connecting! I wanted to introduce our new {topic} platform: we help companies like yours save time. "
                    + "Our customers report a 40% increase in productivity within 3 months. I would love to show you a short demo, "
                    + "it only takes 20 minutes, and we can tailor it to your team. We also offer a free trial for 14 days, no credit "
                    + "card needed. Many teams in {city} already use it, and we have case studies from companies in your industry. "
                    + "Our pricing starts at 49 EUR per user per month, with volume discounts for teams above 50 people. Let me know "
                    + "which time works for you next week; I am flexible on Monday, Wednesday and Friday afternoons. Looking forward "
                    + "to hearing from you and to showing you what we built over the last 2 years with our team of 25 engineers.",
            "Hi {first}, congratulations on the new role! How are you?",
            "Hello {first}, I enjoyed your article on {topic}. Does your team still run it on Fridays?",
            "Hi {first}, sorry if this is too forward, but you have a beautiful smile. Would you go out with me sometime?");
    private static final List<String> DE_MESSAGE = List.of(
            "Hallo Herr {last}, ich habe Ihren Vortrag über {topic} in {city} gesehen. Hätten Sie Zeit für ein kurzes Gespräch?",
            "Hallo {first}, hast du morgen Zeit für einen Call? Ich würde gern dein Feedback zu meinem Lebenslauf hören.",
            "Sehr geehrte Frau {last}, wir bieten Ihnen exklusiv 20 % Rabatt auf unsere Beratung. Vereinbaren Sie jetzt einen Termin!",
            "Guten Tag Herr Dr. {last}, wir kennen uns noch nicht, aber ich verfolge Ihre Beiträge zu {topic}. Darf ich Ihnen eine Frage stellen?",
            "Hallo {first}, ganz privat: du hast ein bezauberndes Lächeln. Würdest du einmal mit mir ausgehen?");
    private static final List<String> EN_RECOMMENDATION = List.of(
            "I'm writing to ask if you would write a brief recommendation of my work that I can include on my LinkedIn profile. "
                    + "If you have any questions, please let me know. Thanks in advance for your help.",
            "Hi {first}, could you write me a short recommendation for my role as project lead on the {topic} project in 2022? "
                    + "It would help most if you mentioned the vendor negotiations and the go-live. No worries if not, and I'd be happy to return the favour.",
            "Hi {first}, would you write me a recommendation? Thanks!",
            "Hi {first}, could you recommend my work? I'll write one for you too.");
    private static final List<String> DE_RECOMMENDATION = List.of(
            "Hallo Herr {last}, wir haben 2021 im Projekt für die Stadtwerke zusammengearbeitet. Könnten Sie mir eine kurze Empfehlung "
                    + "zu meiner Rolle als Testmanagerin schreiben? Kein Problem, falls nicht. Gerne revanchiere ich mich mit einer Empfehlung für Sie.",
            "Können Sie eine Empfehlung für mich schreiben? Es geht ganz schnell.",
            "Hallo {first}, schreibst du mir bitte eine Empfehlung?");
    private static final List<String> EN_ENDORSEMENT = List.of(
            "Hi {first}, would you endorse me for {skill}? Thanks!",
            "Hi {first}, could you endorse me for {skill}? I'll endorse you back!",
            "Hi {first}, we built the {topic} pipeline together in 2020; would you endorse my {skill} skill?");
    private static final List<String> DE_ENDORSEMENT = List.of(
            "Hallo Frau {last}, würden Sie meine Kenntnisse in {skill} bestätigen? Vielen Dank!");
    private static final List<String> EN_INTRODUCTION = List.of(
            "Hi {first}, I'd like to ask Maria Lopez how her team runs remote usability tests, since we are starting the same at my new job. "
                    + "Could you ask her first if she's open to it? If so, I'll send you a three-line blurb to forward.",
            "Hi {first}, can you introduce me to your CEO? Thanks.",
            "Hi {first}, could you introduce me to someone at your company who works on {topic}? I'd like to learn how they set it up.");
    private static final List<String> DE_INTRODUCTION = List.of(
            "Hallo Herr {last}, stellen Sie mich bitte Ihrer Geschäftsführerin vor.",
            "Hallo Frau {last}, ich möchte Ihre Kollegin zu {topic} befragen, weil wir dasselbe Projekt in {city} starten. "
                    + "Könnten Sie vorher bei ihr nachfragen, ob sie offen dafür ist?");
    private static final List<String> EN_GROUP = List.of(
            "Hi {first}, I'm inviting you to {group} because you wrote about {topic}: we discuss exactly that at our monthly meetups.",
            "Hi {first}, join our group!",
            "Hi {first}, what do you think? Join the discussion!",
            "Hi {first}, you might like this discussion on {topic}, since your team works on it every day.");
    private static final List<String> DE_GROUP = List.of(
            "Hallo, ich lade Sie herzlich in unsere Gruppe ein!",
            "Hallo Frau {last}, ich lade Sie in die Gruppe {group} ein, weil Sie sich mit {topic} beschäftigen.",
            "Hallo {first}, komm doch in unsere Gruppe, da reden wir über {topic}.");
    /** Notes the professional policy has no lexicon for: the wording norms stay silent. */
    private static final List<String> OTHER = List.of(
            "Hola {first}, me gustaría añadirte a mi red profesional. Nos conocimos en {city}.",
            "Bonjour {first}, je souhaiterais vous ajouter à mon réseau professionnel.");

    private static final List<String> EVENTS = List.of("logistics summit", "UX meetup", "cloud conference", "LogiMAT",
            "Konferenz", "DevOpsDays");
    private static final List<String> CITIES = List.of("Hamburg", "Berlin", "Munich", "Vienna", "Köln", "London");
    private static final List<String> OFF_TOPICS = List.of("crypto trading", "real estate", "dropshipping", "fitness");
    private static final List<String> SKILLS = List.of("Kubernetes", "negotiation", "SQL", "project management");

    private static ReviewRequest request(Random random, String id, RequestType type) {
        Person person = PEOPLE.get(random.nextInt(PEOPLE.size()));
        boolean onTopic = random.nextInt(3) > 0 && !person.interests().isEmpty();
        String topic = onTopic ? person.interests().get(random.nextInt(person.interests().size()))
                : OFF_TOPICS.get(random.nextInt(OFF_TOPICS.size()));
        String skill = SKILLS.get(random.nextInt(SKILLS.size()));
        int language = random.nextInt(20);
        boolean german = language < 8;
        boolean other = language == 19;
        String groupName = person.groups().isEmpty() ? "Agile Coaching DACH" : person.groups().get(0);

        String note = null;
        if (random.nextInt(10) > 0 || type == RequestType.CONNECTION && random.nextBoolean()) {
            List<String> templates = other ? OTHER : templates(type, german);
            note = templates.get(random.nextInt(templates.size()))
                    .replace("{first}", person.first())
                    .replace("{last}", person.last())
                    .replace("{wrong}", "Michael")
                    .replace("{topic}", topic)
                    .replace("{skill}", skill)
                    .replace("{group}", groupName)
                    .replace("{event}", EVENTS.get(random.nextInt(EVENTS.size())))
                    .replace("{city}", CITIES.get(random.nextInt(CITIES.size())));
        }
        Platform platform = switch (random.nextInt(5)) {
            case 0, 1, 2 -> Platform.LINKEDIN;
            case 3 -> Platform.XING;
            default -> Platform.GENERIC;
        };

        ReviewRequest.Builder builder = ReviewRequest.builder(type).id(id).platform(platform).note(note)
                .requester(requester(random)).recipient(recipient(random, person)).relationship(relationship(random))
                .activity(activity(random, type));
        if (random.nextInt(4) == 0) {
            builder.language(other ? null : german ? "de" : "en");
        }
        if (random.nextInt(3) > 0) {
            builder.topics(topic);
        }
        if (type == RequestType.ENDORSEMENT) {
            builder.skill(skill);
        }
        if (type == RequestType.INMAIL) {
            builder.subject(random.nextInt(8) == 0 ? "A".repeat(230) : "About " + topic);
        }
        if (type == RequestType.GROUP_INVITE || type == RequestType.DISCUSSION_INVITE && random.nextBoolean()) {
            builder.group(Group.builder().name(groupName)
                    .topics(onTopic ? List.of(topic) : List.of(OFF_TOPICS.get(random.nextInt(OFF_TOPICS.size()))))
                    .posts(random.nextInt(4) == 0 ? random.nextInt(5) : 50 + random.nextInt(400))
                    .requesterIsMember(random.nextInt(10) > 0).recipientIsMember(random.nextInt(15) == 0)
                    .lastInviteDaysAgo(random.nextInt(8) == 0 ? random.nextInt(365) : null).build());
        }
        if (random.nextInt(12) == 0) {
            builder.declared(SenderAnswers.builder().statesPurpose(true).statesContext(random.nextBoolean()).build());
        }
        return builder.build();
    }

    private static List<String> templates(RequestType type, boolean german) {
        return switch (type) {
            case CONNECTION -> german ? DE_CONNECTION : EN_CONNECTION;
            case MESSAGE, INMAIL -> german ? DE_MESSAGE : EN_MESSAGE;
            case RECOMMENDATION -> german ? DE_RECOMMENDATION : EN_RECOMMENDATION;
            case ENDORSEMENT -> german ? DE_ENDORSEMENT : EN_ENDORSEMENT;
            case INTRODUCTION -> german ? DE_INTRODUCTION : EN_INTRODUCTION;
            case GROUP_INVITE, DISCUSSION_INVITE -> german ? DE_GROUP : EN_GROUP;
        };
    }

    private static Requester requester(Random random) {
        return Requester.builder().name("Jordan Weber")
                .headline(random.nextInt(6) == 0 ? "" : random.nextInt(5) == 0 ? null : "Product manager")
                .hasPhoto(random.nextInt(8) > 0)
                .account(random.nextInt(3) == 0 ? Account.PREMIUM : Account.FREE)
                .recruiter(random.nextInt(7) == 0).build();
    }

    private static Recipient recipient(Random random, Person person) {
        return Recipient.builder().firstName(person.first()).lastName(person.last()).title(person.title())
                .country(person.country()).languages(person.languages()).industry(person.industry())
                .interests(person.interests()).groups(person.groups())
                .acceptsInMail(random.nextInt(10) > 0).acceptsGroupInvites(random.nextInt(10) > 0).build();
    }

    private static Relationship relationship(Random random) {
        Relationship.Builder builder = Relationship.builder();
        switch (random.nextInt(6)) {
            case 0, 1 -> builder.degree(random.nextInt(4) == 0 ? 0 : 2 + random.nextInt(2))
                    .mutualContacts(random.nextBoolean() ? 0 : random.nextInt(40));
            case 2 -> builder.degree(1).knowEachOther(true).workedTogether(true).interactions(5 + random.nextInt(50))
                    .connectedDays(300 + random.nextInt(2000)).lastContactMonths(random.nextInt(30))
                    .addressForm(random.nextBoolean() ? AddressForm.DU : AddressForm.SIE);
            case 3 -> builder.degree(1).knowEachOther(true).interactions(random.nextInt(4))
                    .connectedDays(random.nextInt(400)).lastContactMonths(random.nextInt(24));
            case 4 -> builder.degree(1).connectedDays(random.nextInt(20)).mutualContacts(random.nextInt(5));
            default -> builder.degree(2).sharedGroups(1 + random.nextInt(3)).interactions(random.nextInt(2))
                    .mutualContacts(random.nextInt(10));
        }
        if (random.nextInt(25) == 0) {
            builder.optedOut(true);
        }
        if (random.nextInt(8) == 0) {
            builder.unansweredSameType(1 + random.nextInt(2)).daysSinceLastSameType(random.nextInt(14));
        }
        if (random.nextInt(20) == 0) {
            builder.withdrawnDaysAgo(random.nextInt(40));
        }
        return builder.build();
    }

    private static Activity activity(Random random, RequestType type) {
        Activity.Builder builder = Activity.builder();
        int volume = random.nextInt(10);
        if (volume == 0) {
            builder.similarSentLast7Days(60 + random.nextInt(80));
        } else if (volume < 4) {
            builder.similarSentLast7Days(random.nextInt(25));
        }
        if (random.nextInt(6) == 0) {
            builder.sameNoteRecipients(random.nextInt(40));
        }
        if (type == RequestType.CONNECTION) {
            builder.pendingInvitations(random.nextInt(8) == 0 ? 500 + random.nextInt(300) : random.nextInt(100));
            if (random.nextInt(4) == 0) {
                builder.acceptanceRate(random.nextInt(100) / 100.0);
            }
            builder.restricted(random.nextInt(30) == 0);
        }
        if (type == RequestType.INMAIL && random.nextBoolean()) {
            builder.inMailCredits(random.nextInt(4));
        }
        return builder.build();
    }
}
