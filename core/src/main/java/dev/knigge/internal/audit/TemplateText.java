package dev.knigge.internal.audit;

import dev.knigge.request.Group;
import dev.knigge.request.Recipient;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template as the report shows it: one request's note on one line, with that recipient's name
 * and profile words, the request's topics, links and e-mail addresses shown as placeholders
 * ({@code {firstName}}, {@code {industry}}, {@code {link}}…), so the report shows the template,
 * not one recipient's details; shortened to {@link #MAX_LENGTH} characters.
 */
final class TemplateText {
    static final int MAX_LENGTH = 200;
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TemplateText() {}

    private record Part(String text, String placeholder) {}

    static String of(ReviewRequest request) {
        String note = SPACE.matcher(request.note().strip()).replaceAll(" ");
        note = LINK.matcher(note).replaceAll("{link}");
        note = EMAIL.matcher(note).replaceAll("{email}");
        List<Part> parts = new ArrayList<>();
        Recipient recipient = request.recipient();
        add(parts, recipient.firstName(), "{firstName}");
        add(parts, recipient.lastName(), "{lastName}");
        add(parts, recipient.industry(), "{industry}");
        recipient.interests().forEach(interest -> add(parts, interest, "{interest}"));
        recipient.groups().forEach(group -> add(parts, group, "{group}"));
        request.topics().forEach(topic -> add(parts, topic, "{topic}"));
        Group group = request.group();
        if (group != null) {
            add(parts, group.name(), "{group}");
            group.topics().forEach(topic -> add(parts, topic, "{topic}"));
        }
        add(parts, request.skill(), "{skill}");
        parts.sort(Comparator.comparingInt((Part part) -> part.text().length()).reversed());
        for (Part part : parts) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}{])" + Pattern.quote(part.text()) + "(?![\\p{L}\\p{N}}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            note = word.matcher(note).replaceAll(Matcher.quoteReplacement(part.placeholder()));
        }
        return shorten(note);
    }

    private static void add(List<Part> parts, String text, String placeholder) {
        if (text != null && !text.isBlank()) {
            parts.add(new Part(text.strip(), placeholder));
        }
    }

    private static String shorten(String note) {
        if (note.codePointCount(0, note.length()) <= MAX_LENGTH) {
            return note;
        }
        int cut = note.offsetByCodePoints(0, MAX_LENGTH - 1);
        int space = note.lastIndexOf(' ', cut);
        return note.substring(0, space > MAX_LENGTH / 2 ? space : cut).stripTrailing() + "…";
    }
}
