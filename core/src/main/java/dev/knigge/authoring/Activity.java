package dev.knigge.authoring;

/**
 * What the requester has been sending; counts are what was sent before this request.
 *
 * @param similarSentLast7Days requests of this type in the 7 days before (0 when not given)
 * @param sameNoteRecipients recipients of this note or a near copy, this one included (1 when not given)
 * @param pendingInvitations invitations still pending
 * @param acceptanceRate share accepted, or {@code null}
 * @param restricted the platform restricts the requester's invitations
 * @param inMailCredits InMail credits left, or {@code null}
 */
public record Activity(int similarSentLast7Days, int sameNoteRecipients, int pendingInvitations,
                       Double acceptanceRate, boolean restricted, Integer inMailCredits) {}
