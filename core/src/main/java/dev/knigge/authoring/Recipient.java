package dev.knigge.authoring;

import java.util.List;

/**
 * The recipient (for an introduction, the intermediary). Profile lists are normalised to lower
 * case; an empty list is unknown.
 *
 * @param firstName first name, or {@code null}
 * @param lastName last name, or {@code null}
 * @param title academic title, or {@code null}
 * @param country ISO 3166 code in upper case, or {@code null}
 * @param languages ISO 639-1 codes in lower case; empty when unknown
 * @param industry industry, or {@code null}
 * @param interests profile topics
 * @param groups groups
 * @param acceptsInMail whether they accept InMail
 * @param acceptsGroupInvites whether they accept group invitations
 * @param profileKnown whether anything of their profile (industry, interests, groups) is known
 * @param salutationTitle the part of their title that belongs in a German salutation: Dr. and
 *        Prof. (Germany, Switzerland, unknown country), every academic title in Austria; {@code null} for none
 * @param greeting how a note in the note's language greets them, from the request, for suggestions that
 *        show the recipient's own name rather than an invented one: in German formally, with the title that
 *        belongs and without guessing Herr or Frau ("Guten Tag Dr. Thomas Wagner,"), otherwise by first name
 *        ("Hi Thomas,", or "Dear Dr. Wagner," when only the surname and a title are known); {@code null} when
 *        the request gives too little of their name
 */
public record Recipient(String firstName, String lastName, String title, String country, List<String> languages,
                        String industry, List<String> interests, List<String> groups, boolean acceptsInMail,
                        boolean acceptsGroupInvites, boolean profileKnown,
                        String salutationTitle, String greeting) {}
