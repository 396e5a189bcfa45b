package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.audit.Campaign;
import dev.knigge.json.RequestJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A generated campaign in NDJSON, the same for the same size: a fifth each of a mass pitch
 * (first names swapped in), a German mail-merge note (name and industry swapped in), a note with
 * a company name swapped in (a near copy), a group invitation, and a note written for its reader
 * (unique: every fifth request is a template of its own, so the index holds 20 % of the requests).
 */
final class CampaignFile {
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Eva", "Farid", "Greta", "Hugo", "Ines",
        "Jan", "Kira", "Lars", "Mona", "Nils", "Olga", "Pavel"};
    private static final String[] LAST = {"Schmidt", "Okafor", "Weiss", "Novak", "Lind", "Haddad", "Holm", "Brandt"};
    private static final String[] INDUSTRY = {"logistics", "banking", "healthcare", "construction", "education",
        "energy", "retail", "insurance"};
    private static final String[] COMPANY = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"};
    private static final String[] TOPIC = {"routing", "risk models", "nursing rosters", "BIM", "e-learning",
        "solar yield", "store operations", "claims automation"};

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "pe", "gu", "da"};

    private CampaignFile() {}

    /** Twelve made-up words: what makes a note honestly written for one reader, as far as the index can tell. */
    private static String words(SplittableRandom random) {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            if (w > 0) {
                words.append(' ');
            }
            for (int syllable = 0; syllable < 3; syllable++) {
                words.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return words.toString();
    }

    /** Writes {@code size} requests to a new temporary file. */
    static Path write(int size) throws IOException {
        Path file = Files.createTempFile("knigge-campaign-", ".ndjson");
        file.toFile().deleteOnExit();
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < size; i++) {
                out.write(request(i, random));
                out.newLine();
            }
        }
        return file;
    }

    /**
     * The same campaign with the counts an audit computes stated in every request
     * ({@code sameNoteRecipients}, {@code similarSentLast7Days}): checking it makes the engine do
     * the same work as the audit's reviews, so the two differ only by what the audit adds.
     */
    static Path withCampaignCounts(Advisor advisor, Path campaign) throws IOException {
        Path file = Files.createTempFile("knigge-campaign-counted-", ".ndjson");
        file.toFile().deleteOnExit();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            advisor.audit(Campaign.ndjson(campaign), audited -> {
                try {
                    RequestJson.write(audited.request(), out);
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return file;
    }

    private static String request(int i, SplittableRandom random) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        int k = random.nextInt(INDUSTRY.length);
        String industry = INDUSTRY[k];
        String type = "CONNECTION";
        String group = "";
        String note = switch (i % 5) {
            case 0 -> "Hi " + first + ", I help companies grow with AI automation. Let's connect and book a quick demo!";
            case 1 -> "Hallo " + first + ", ich habe gesehen, dass Sie im Bereich " + industry
                    + " arbeiten. Ich würde mich gern mit Ihnen vernetzen.";
            case 2 -> "Hi " + first + ", I noticed that " + COMPANY[random.nextInt(COMPANY.length)]
                    + " is hiring data engineers. I run a small consultancy and would love to connect.";
            case 3 -> {
                type = "GROUP_INVITE";
                group = ",\"group\":{\"name\":\"Growth Hackers\",\"topics\":[\"growth-hacking\"],\"posts\":40}";
                yield "Hi " + first + ", join my group Growth Hackers for weekly tips!";
            }
            default -> "Hi " + first + ", your talk on " + TOPIC[k] + " made me think: " + words(random) + "?";
        };
        return "{\"id\":\"r" + i + "\",\"type\":\"" + type + "\",\"platform\":\"LINKEDIN\",\"note\":\"" + note + "\""
                + ",\"requester\":{\"name\":\"Max Power\",\"headline\":\"Growth\"}"
                + ",\"recipient\":{\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"languages\":[\"en\",\"de\"],\"industry\":\"" + industry + "\",\"interests\":[\"" + TOPIC[k] + "\"]}"
                + ",\"relationship\":{\"degree\":2,\"interactions\":" + (i % 3) + ",\"mutualContacts\":" + (i % 4) + "}"
                + group + "}";
    }
}
