package dev.knigge.authoring;

import dev.knigge.Account;

/**
 * The sender, as far as norms care (the name is left out on purpose).
 *
 * @param headline their profile headline, or {@code null} when unknown
 * @param hasHeadline whether their profile has a headline; {@code null} when unknown
 * @param hasPhoto whether their profile has a photo
 * @param account their account tier
 * @param recruiter whether they write as a recruiter
 */
public record Requester(String headline, Boolean hasHeadline, boolean hasPhoto, Account account, boolean recruiter) {}
