package dev.knigge.internal.audit;

import dev.knigge.request.Group;
import dev.knigge.request.Recipient;
import dev.knigge.request.ReviewRequest;
import dev.knigge.internal.note.Greetings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reduces a note to its template: what stays when the recipient-specific parts are taken out.
 * Steps: links and e-mail addresses become one placeholder; the salutation is dropped
 * ({@link Greeting}); the rest is tokenised and folded like the note analyzer does (case,
 * umlauts, accents; {@link Tokens}); then the recipient's first and last name become a name
 * placeholder, honorifics and titles go, their industry, interests and groups and the request's
 * topics, group and skill (as word sequences, longest first) become a topic placeholder, and any
 * word with a digit becomes a number placeholder. Runs of one placeholder count once, so "Anna"
 * and "Anna Schmidt" read alike. Immutable and thread-safe.
 */
final class NoteNormalizer {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** A word no note has, standing for a link or an e-mail address until words are replaced. */
    private static final String LINK_WORD = "xkniggelinkx";
    private static final long LINK_WORD_HASH = Hashing.of(LINK_WORD);
    private static final long NAME = Hashing.of("{name}");
    private static final long TOPIC = Hashing.of("{topic}");
    private static final long NUMBER = Hashing.of("{number}");
    private static final long LINK = Hashing.of("{link}");

    private final Greeting greeting;

    /** A normalizer that knows the salutations of the policy's lexicons. */
    NoteNormalizer(Greetings greetings) {
        this.greeting = new Greeting(greetings);
    }

    /** The note's fingerprint, or {@code null} when the request has no note. */
    Fingerprint of(ReviewRequest request) {
        String note = request.note();
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = maskLinks(note);
        Recipient recipient = request.recipient();
        long[] names = concat(Tokens.hashes(recipient.firstName()), Tokens.hashes(recipient.lastName()));
        long[] titles = Tokens.hashes(recipient.title());
        Tokens words = Tokens.of(text, greeting.end(text, names), text.length());
        List<long[]> profile = phrases(profileEntries(recipient));
        List<long[]> topics = phrases(requestTopics(request, true));
        long[] tokens = new long[words.size()];
        int size = 0;
        boolean mentionsProfile = false;
        for (int i = 0; i < words.size(); ) {
            long word = words.hashes()[i];
            int profileMatch = longestMatch(words, i, profile);
            int topicMatch = Math.max(profileMatch, longestMatch(words, i, topics));
            long token;
            int step = 1;
            if (topicMatch > 0) {
                mentionsProfile |= profileMatch > 0;
                token = TOPIC;
                step = topicMatch;
            } else if (contains(names, word)) {
                token = NAME;
            } else if (greeting.honorific(word) || contains(titles, word)) {
                i++;
                continue;
            } else if (word == LINK_WORD_HASH) {
                token = LINK;
            } else if (words.digits()[i]) {
                token = NUMBER;
            } else {
                token = word;
            }
            i += step;
            boolean placeholder = token == NAME || token == TOPIC || token == NUMBER || token == LINK;
            if (placeholder && size > 0 && tokens[size - 1] == token) {
                continue;
            }
            tokens[size++] = token;
        }
        long[] kept = Arrays.copyOf(tokens, size);
        return new Fingerprint(Hashing.sequence(kept, size), kept, mentionsProfile);
    }

    private static String maskLinks(String note) {
        boolean mayHaveLink = note.indexOf('@') >= 0 || note.contains("://") || note.contains("www.")
                || note.contains("WWW.");
        if (!mayHaveLink) {
            return note;
        }
        String masked = URL.matcher(note).replaceAll(" " + LINK_WORD + " ");
        return EMAIL.matcher(masked).replaceAll(" " + LINK_WORD + " ");
    }

    /** The recipient's profile entries: what the note analyzer counts as the note naming their profile. */
    static List<String> profileEntries(Recipient recipient) {
        List<String> entries = new ArrayList<>(recipient.interests());
        entries.addAll(recipient.groups());
        if (recipient.industry() != null) {
            entries.add(recipient.industry());
        }
        return entries;
    }

    /** What the request is about: its topics, its group's topics (and name), the skill it asks for. */
    static List<String> requestTopics(ReviewRequest request, boolean withGroupName) {
        List<String> topics = new ArrayList<>(request.topics());
        Group group = request.group();
        if (group != null) {
            if (withGroupName && group.name() != null) {
                topics.add(group.name());
            }
            topics.addAll(group.topics());
        }
        if (request.skill() != null) {
            topics.add(request.skill());
        }
        return topics;
    }

    private static long[] concat(long[] first, long[] second) {
        if (second.length == 0) {
            return first;
        }
        long[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Names have a word or three: a scan beats a set. */
    private static boolean contains(long[] words, long word) {
        for (long known : words) {
            if (known == word) {
                return true;
            }
        }
        return false;
    }

    /** Phrases as word hashes; a profile has a handful, so they are scanned, not indexed. */
    private static List<long[]> phrases(List<String> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<long[]> phrases = new ArrayList<>(entries.size());
        for (String entry : entries) {
            long[] words = Tokens.hashes(entry);
            if (words.length > 0) {
                phrases.add(words);
            }
        }
        return phrases;
    }

    /** The length of the longest phrase that starts at word {@code at}, or 0. */
    private static int longestMatch(Tokens words, int at, List<long[]> phrases) {
        int longest = 0;
        for (long[] phrase : phrases) {
            if (phrase[0] == words.hashes()[at] && phrase.length > longest && at + phrase.length <= words.size()
                    && Arrays.equals(words.hashes(), at, at + phrase.length, phrase, 0, phrase.length)) {
                longest = phrase.length;
            }
        }
        return longest;
    }
}
