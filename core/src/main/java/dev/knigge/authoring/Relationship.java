package dev.knigge.authoring;

import dev.knigge.AddressForm;

/**
 * How the two are connected, with the derived readings of the norms.
 *
 * @param degree 1, 2, 3, or 0 for outside the network
 * @param knowEachOther they know each other; {@code true} whenever {@code workedTogether} is
 * @param workedTogether they worked together
 * @param interactions exchanges so far
 * @param mutualContacts shared contacts
 * @param sharedGroups shared groups
 * @param connectedDays days since connecting, or {@code null}
 * @param lastContactMonths months since last contact, or {@code null}
 * @param addressForm German address form between them
 * @param optedOut the recipient already said no
 * @param unansweredSameType unanswered earlier requests of this type
 * @param daysSinceLastSameType days since the last request of this type, or {@code null}
 * @param withdrawnDaysAgo days since an invitation to them was withdrawn, or {@code null}
 * @param stranger {@code !knowEachOther && interactions == 0}
 * @param acquainted {@code !stranger}
 * @param followUp a message or InMail that follows up an unanswered one of the same type: the earlier message,
 *        with its context and purpose, stands right above it in the conversation
 * @param overlap the request's topics (or the note) meet the recipient's profile; {@code null} when the profile is unknown
 * @param basis {@code mutualContacts > 0 || sharedGroups > 0 || overlap}; {@code null} when that hangs on an unknown overlap
 */
public record Relationship(int degree, boolean knowEachOther, boolean workedTogether, int interactions,
                           int mutualContacts, int sharedGroups, Integer connectedDays, Integer lastContactMonths,
                           AddressForm addressForm, boolean optedOut, int unansweredSameType,
                           Integer daysSinceLastSameType, Integer withdrawnDaysAgo, boolean stranger,
                           boolean acquainted, boolean followUp, Boolean overlap, Boolean basis) {}
