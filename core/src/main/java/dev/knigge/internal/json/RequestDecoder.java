package dev.knigge.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.knigge.internal.Limits;
import dev.knigge.request.Account;
import dev.knigge.request.Activity;
import dev.knigge.request.AddressForm;
import dev.knigge.request.Group;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes the JSON request format (v1) into a {@link ReviewRequest}, streaming, field by field.
 * Absent fields and JSON {@code null} get the format's defaults (the builders hold them); only
 * {@code type} is required. Every problem is an {@link InvalidRequestException} naming its JSON
 * path. Stateless and thread-safe. Hand-written on jackson-core's streaming parser: errors name
 * the exact JSON path and the closest known field, and embedders get no jackson-databind (nor its
 * polymorphic typing).
 */
public final class RequestDecoder {
    private static final List<String> ROOT = List.of("id", "type", "platform", "language", "note", "subject",
            "topics", "skill", "requester", "recipient", "relationship", "activity", "group", "declared");
    private static final List<String> REQUESTER = List.of("name", "headline", "company", "hasPhoto", "account",
            "recruiter");
    private static final List<String> RECIPIENT = List.of("firstName", "lastName", "title", "country", "languages",
            "industry", "interests", "groups", "acceptsInMail", "acceptsGroupInvites");
    private static final List<String> RELATIONSHIP = List.of("degree", "knowEachOther", "workedTogether",
            "interactions", "mutualContacts", "sharedGroups", "connectedDays", "lastContactMonths", "addressForm",
            "optedOut", "unansweredSameType", "daysSinceLastSameType", "withdrawnDaysAgo");
    private static final List<String> ACTIVITY = List.of("similarSentLast7Days", "sameNoteRecipients",
            "pendingInvitations", "acceptanceRate", "restricted", "inMailCredits");
    private static final List<String> GROUP = List.of("name", "topics", "posts", "requesterIsMember",
            "recipientIsMember", "lastInviteDaysAgo");
    private static final List<String> DECLARED = List.of("statesPurpose", "statesContext", "containsPitch",
            "bigAsk", "specifics", "givesOut", "offersReciprocity", "saysWhyFits", "asksIntermediaryToCheck");

    private static final Map<String, List<String>> FIELDS;

    static {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("", ROOT);
        fields.put("requester", REQUESTER);
        fields.put("recipient", RECIPIENT);
        fields.put("relationship", RELATIONSHIP);
        fields.put("activity", ACTIVITY);
        fields.put("group", GROUP);
        fields.put("declared", DECLARED);
        FIELDS = java.util.Collections.unmodifiableMap(fields);
    }

    private static final Names<RequestType> TYPES = new Names<>(RequestType.values());
    private static final Names<Platform> PLATFORMS = new Names<>(Platform.values());
    private static final Names<Account> ACCOUNTS = new Names<>(Account.values());
    private static final Names<AddressForm> ADDRESS_FORMS = new Names<>(AddressForm.values());

    private RequestDecoder() {}

    /**
     * The fields the decoder knows, by object: {@code ""} for the request itself, then
     * {@code "requester"}, {@code "recipient"}, {@code "relationship"}, {@code "activity"},
     * {@code "group"} and {@code "declared"}, each in the format's order.
     */
    public static Map<String, List<String>> fields() {
        return FIELDS;
    }

    /**
     * Decodes the request object the parser is positioned at (its {@code START_OBJECT}), for a
     * request embedded in a larger document such as a scenario file. On return the parser is at
     * the object's {@code END_OBJECT}. The parser should come from {@link Json#factory()}, so
     * duplicate keys and nesting are checked. The request object may take at most 1 MiB (bytes
     * for a byte source, characters for a character source); the size is checked once it is read.
     *
     * @param parser a parser whose current token is the request's {@code START_OBJECT}
     * @param basePath the object's JSON path, such as {@code $.request}; every error path starts with it
     * @throws InvalidRequestException for malformed JSON or an invalid request, naming the path
     * @throws IOException when reading the underlying input fails
     */
    public static ReviewRequest decode(JsonParser parser, String basePath) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalStateException("the parser is not at the start of an object but at " + parser.currentToken());
        }
        Cursor cursor = new Cursor(parser, basePath, parser.getParsingContext().getNestingDepth(), true);
        long start = offset(parser, true);
        ReviewRequest request = guarded(cursor);
        long end = offset(parser, false);
        if (start >= 0 && end >= 0 && end - start > Limits.MAX_REQUEST_BYTES) {
            throw cursor.errorAtBase(Json.TOO_LARGE);
        }
        return request;
    }

    /** Decodes a whole document holding one request object and nothing after it. */
    public static ReviewRequest decode(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if ((long) text.length() * 3 > Limits.MAX_REQUEST_BYTES && Json.utf8Length(text) > Limits.MAX_REQUEST_BYTES) {
            throw new InvalidRequestException("$", Json.TOO_LARGE);
        }
        return inMemory(() -> Json.factory().createParser(text), true);
    }

    /**
     * Decodes a whole document read from {@code reader}, which it does not close. It reads at
     * most a byte order mark and the limit's worth of characters (each takes a byte at least)
     * before it refuses the request, then decodes what it read as a string.
     */
    public static ReviewRequest decode(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1 << 13];
        for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
            text.append(chunk, 0, n);
            if (text.length() > Limits.MAX_REQUEST_BYTES + 1) {
                throw new InvalidRequestException("$", Json.TOO_LARGE);
            }
        }
        return decode(text.toString());
    }

    /**
     * Decodes a whole document read from {@code in} (UTF-8, or another encoding with its BOM),
     * which it does not close. It reads at most one byte past the limit before it refuses the request.
     */
    public static ReviewRequest decode(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Limits.MAX_REQUEST_BYTES + 1);
        if (bytes.length > Limits.MAX_REQUEST_BYTES) {
            throw new InvalidRequestException("$", Json.TOO_LARGE);
        }
        return inMemory(() -> Json.factory().createParser(bytes), true);
    }

    /** Decodes one NDJSON line of UTF-8 (without its line break); messages give columns only. */
    static ReviewRequest decodeLine(byte[] line, int offset, int length) {
        return inMemory(() -> Json.factory().createParser(line, offset, length), false);
    }

    /** Decodes one NDJSON line of characters (without its line break); messages give columns only. */
    static ReviewRequest decodeLine(char[] line, int offset, int length) {
        return inMemory(() -> Json.factory().createParser(line, offset, length), false);
    }

    /** Opens a parser over text in memory. */
    @FunctionalInterface
    private interface Source {
        JsonParser open() throws IOException;
    }

    /** Decodes one request that is the whole of a text held in memory. */
    private static ReviewRequest inMemory(Source source, boolean lineNumbers) {
        try (JsonParser parser = source.open()) {
            return document(parser, lineNumbers);
        } catch (IOException e) {
            // Nothing can fail to be read in memory: this is text that cannot be decoded (Jackson
            // guesses UTF-16 or UTF-32 from zero bytes and finds no such text). Bad input, not a
            // failure to read it; and one bad line must not end a batch.
            throw undecodable(e);
        }
    }

    /** The error for input that cannot be decoded as text at all. */
    private static InvalidRequestException undecodable(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return new InvalidRequestException("$", "malformed JSON: the text cannot be decoded ("
                + (line.length() > 200 ? line.substring(0, 200) + "…" : line) + ")");
    }

    /** One request object as the whole document: nothing before it, nothing after it. */
    private static ReviewRequest document(JsonParser parser, boolean lineNumbers) throws IOException {
        Cursor cursor = new Cursor(parser, "$", 1, lineNumbers);
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (JsonProcessingException e) {
            throw cursor.translate(e);
        }
        if (token == null) {
            throw cursor.errorAtBase("expected an object, got an empty document");
        }
        if (token != JsonToken.START_OBJECT) {
            throw cursor.errorAtBase("expected an object, got " + Json.describe(token));
        }
        ReviewRequest request = guarded(cursor);
        try {
            token = parser.nextToken();
        } catch (JsonProcessingException e) {
            throw cursor.errorAtBase("unexpected content after the request at "
                    + cursor.where(e.getLocation() != null ? e.getLocation() : parser.currentLocation()));
        }
        if (token != null) {
            throw cursor.errorAtBase("unexpected content after the request at " + cursor.where(parser.currentTokenLocation()));
        }
        return request;
    }

    /** Reads the request, turning Jackson's and the builders' complaints into errors with full paths. */
    private static ReviewRequest guarded(Cursor cursor) throws IOException {
        try {
            return request(cursor);
        } catch (InvalidRequestException e) {
            if (cursor.raised(e)) {
                throw e;
            }
            // A builder's validation: same problem, at the value just read.
            throw cursor.error(e.problem());
        } catch (JsonProcessingException e) {
            throw cursor.translate(e);
        }
    }

    private static long offset(JsonParser parser, boolean tokenStart) {
        var location = tokenStart ? parser.currentTokenLocation() : parser.currentLocation();
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    private static ReviewRequest request(Cursor c) throws IOException {
        // The builder wants a type up front; the real one may come last, so hold a stand-in.
        ReviewRequest.Builder b = ReviewRequest.builder(RequestType.CONNECTION);
        boolean typed = false;
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "id" -> b.id(c.nextString());
                case "type" -> {
                    RequestType type = c.nextEnum(TYPES);
                    if (type == null) {
                        throw c.error("must not be null");
                    }
                    b.type(type);
                    typed = true;
                }
                case "platform" -> {
                    Platform platform = c.nextEnum(PLATFORMS);
                    if (platform != null) {
                        b.platform(platform);
                    }
                }
                case "language" -> b.language(c.nextLanguage());
                case "note" -> b.note(c.nextString());
                case "subject" -> b.subject(c.nextString());
                case "topics" -> {
                    List<String> topics = c.nextStrings(Limits.MAX_ITEMS, Limits.MAX_STRING);
                    if (topics != null) {
                        b.topics(topics);
                    }
                }
                case "skill" -> b.skill(c.nextString());
                case "requester" -> {
                    if (c.nextObject()) {
                        b.requester(requester(c));
                    }
                }
                case "recipient" -> {
                    if (c.nextObject()) {
                        b.recipient(recipient(c));
                    }
                }
                case "relationship" -> {
                    if (c.nextObject()) {
                        b.relationship(relationship(c));
                    }
                }
                case "activity" -> {
                    if (c.nextObject()) {
                        b.activity(activity(c));
                    }
                }
                case "group" -> b.group(c.nextObject() ? group(c) : null);
                case "declared" -> {
                    if (c.nextObject()) {
                        b.declared(declared(c));
                    }
                }
                default -> throw c.unknownField(ROOT);
            }
        }
        if (!typed) {
            throw c.missing("type");
        }
        return b.build();
    }

    private static Requester requester(Cursor c) throws IOException {
        Requester.Builder b = Requester.builder();
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "name" -> b.name(c.nextString());
                case "headline" -> b.headline(c.nextString());
                case "company" -> b.company(c.nextString());
                case "hasPhoto" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.hasPhoto(value);
                    }
                }
                case "account" -> {
                    Account value = c.nextEnum(ACCOUNTS);
                    if (value != null) {
                        b.account(value);
                    }
                }
                case "recruiter" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.recruiter(value);
                    }
                }
                default -> throw c.unknownField(REQUESTER);
            }
        }
        return b.build();
    }

    private static Recipient recipient(Cursor c) throws IOException {
        Recipient.Builder b = Recipient.builder();
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "firstName" -> b.firstName(c.nextString());
                case "lastName" -> b.lastName(c.nextString());
                case "title" -> b.title(c.nextString());
                case "country" -> b.country(c.nextString());
                case "languages" -> {
                    List<String> values = c.nextStrings(Limits.MAX_ITEMS, Limits.MAX_STRING);
                    if (values != null) {
                        b.languages(values);
                    }
                }
                case "industry" -> b.industry(c.nextString());
                case "interests" -> {
                    List<String> values = c.nextStrings(Limits.MAX_ITEMS, Limits.MAX_STRING);
                    if (values != null) {
                        b.interests(values);
                    }
                }
                case "groups" -> {
                    List<String> values = c.nextStrings(Limits.MAX_ITEMS, Limits.MAX_STRING);
                    if (values != null) {
                        b.groups(values);
                    }
                }
                case "acceptsInMail" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.acceptsInMail(value);
                    }
                }
                case "acceptsGroupInvites" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.acceptsGroupInvites(value);
                    }
                }
                default -> throw c.unknownField(RECIPIENT);
            }
        }
        return b.build();
    }

    private static Relationship relationship(Cursor c) throws IOException {
        Relationship.Builder b = Relationship.builder();
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "degree" -> {
                    Integer value = c.nextWholeNumber();
                    if (value != null) {
                        b.degree(value);
                    }
                }
                case "knowEachOther" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.knowEachOther(value);
                    }
                }
                case "workedTogether" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.workedTogether(value);
                    }
                }
                case "interactions" -> {
                    Integer value = c.nextWholeNumber();
                    if (value != null) {
                        b.interactions(value);
                    }
                }
                case "mutualContacts" -> {
                    Integer value = c.nextWholeNumber();
                    if (value != null) {
                        b.mutualContacts(value);
                    }
                }
                case "sharedGroups" -> {
                    Integer value = c.nextWholeNumber();
                    if (value != null) {
                        b.sharedGroups(value);
                    }
                }
                case "connectedDays" -> b.connectedDays(c.nextWholeNumber());
                case "lastContactMonths" -> b.lastContactMonths(c.nextWholeNumber());
                case "addressForm" -> {
                    AddressForm value = c.nextEnum(ADDRESS_FORMS);
                    if (value != null) {
                        b.addressForm(value);
                    }
                }
                case "optedOut" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.optedOut(value);
                    }
                }
                case "unansweredSameType" -> {
                    Integer value = c.nextWholeNumber();
                    if (value != null) {
                        b.unansweredSameType(value);
                    }
                }
                case "daysSinceLastSameType" -> b.daysSinceLastSameType(c.nextWholeNumber());
                case "withdrawnDaysAgo" -> b.withdrawnDaysAgo(c.nextWholeNumber());
                default -> throw c.unknownField(RELATIONSHIP);
            }
        }
        return b.build();
    }

    private static Activity activity(Cursor c) throws IOException {
        Activity.Builder b = Activity.builder();
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "similarSentLast7Days" -> b.similarSentLast7Days(c.nextWholeNumber());
                case "sameNoteRecipients" -> b.sameNoteRecipients(c.nextWholeNumber());
                case "pendingInvitations" -> {
                    Integer value = c.nextWholeNumber();
                    if (value != null) {
                        b.pendingInvitations(value);
                    }
                }
                case "acceptanceRate" -> b.acceptanceRate(c.nextShare());
                case "restricted" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.restricted(value);
                    }
                }
                case "inMailCredits" -> b.inMailCredits(c.nextWholeNumber());
                default -> throw c.unknownField(ACTIVITY);
            }
        }
        return b.build();
    }

    private static Group group(Cursor c) throws IOException {
        Group.Builder b = Group.builder();
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "name" -> b.name(c.nextString());
                case "topics" -> {
                    List<String> values = c.nextStrings(Limits.MAX_ITEMS, Limits.MAX_STRING);
                    if (values != null) {
                        b.topics(values);
                    }
                }
                case "posts" -> b.posts(c.nextWholeNumber());
                case "requesterIsMember" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.requesterIsMember(value);
                    }
                }
                case "recipientIsMember" -> {
                    Boolean value = c.nextBoolean();
                    if (value != null) {
                        b.recipientIsMember(value);
                    }
                }
                case "lastInviteDaysAgo" -> b.lastInviteDaysAgo(c.nextWholeNumber());
                default -> throw c.unknownField(GROUP);
            }
        }
        return b.build();
    }

    private static SenderAnswers declared(Cursor c) throws IOException {
        SenderAnswers.Builder b = SenderAnswers.builder();
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "statesPurpose" -> b.statesPurpose(c.nextBoolean());
                case "statesContext" -> b.statesContext(c.nextBoolean());
                case "containsPitch" -> b.containsPitch(c.nextBoolean());
                case "bigAsk" -> b.bigAsk(c.nextBoolean());
                case "specifics" -> b.specifics(c.nextBoolean());
                case "givesOut" -> b.givesOut(c.nextBoolean());
                case "offersReciprocity" -> b.offersReciprocity(c.nextBoolean());
                case "saysWhyFits" -> b.saysWhyFits(c.nextBoolean());
                case "asksIntermediaryToCheck" -> b.asksIntermediaryToCheck(c.nextBoolean());
                default -> throw c.unknownField(DECLARED);
            }
        }
        return b.build();
    }
}
