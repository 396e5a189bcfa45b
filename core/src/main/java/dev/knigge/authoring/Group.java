package dev.knigge.authoring;

import java.util.List;

/**
 * The group a request is about; inserted only when the request has one.
 *
 * @param name its name, or {@code null}
 * @param topics its topics, as given
 * @param posts its posts, or {@code null}
 * @param requesterIsMember the requester is a member
 * @param recipientIsMember the recipient already is a member
 * @param lastInviteDaysAgo days since the requester last invited this recipient, or {@code null}
 */
public record Group(String name, List<String> topics, Integer posts, boolean requesterIsMember,
                    boolean recipientIsMember, Integer lastInviteDaysAgo) {}
