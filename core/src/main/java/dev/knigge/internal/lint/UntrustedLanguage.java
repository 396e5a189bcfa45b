package dev.knigge.internal.lint;

/**
 * The words problems use to say what the untrusted policy language allows instead of what they
 * refuse, kept in one place so every refusal points the author the same way.
 */
final class UntrustedLanguage {
    private UntrustedLanguage() {}

    static final String REFUSED = " is not allowed in a policy from disk";
    static final String ARE_REFUSED = " are not allowed in a policy from disk";
    /** What a constraint may be made of. */
    static final String CONSTRAINTS = "a constraint compares fields of the fact, bound variables ($x), literals,"
            + " enum constants and Parameters accessors with ==, !=, <, <=, >, >=, in, contains, memberOf,"
            + " combined with &&, || and !";
    /** What a consequence may be. */
    static final String CONSEQUENCE = "a consequence is exactly Findings.raise(kcontext, \"name\", value, …); each"
            + " value a bound variable, a literal or a Parameters accessor";
    /** What a condition may be built of. */
    static final String CONDITIONS = "conditions are patterns on Knigge's facts (ReviewRequest, Requester,"
            + " Recipient, Relationship, Activity, Group, Note, Derived, Parameters), combined with not, exists, and,"
            + " or, and Type() from $fact.collectionField";
    /** What metadata a rule may carry. */
    static final String METADATA = "a rule carries @id, @severity, @evidence and @unchecked, each with a plain"
            + " value such as @id(ACME-ONE)";
    /** Where text classification belongs. */
    static final String CLASSIFY_IN_JAVA = "classify text in Java, through the lexicon, and test the Note fact";
}
