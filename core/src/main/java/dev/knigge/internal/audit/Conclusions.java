package dev.knigge.internal.audit;

import dev.knigge.audit.CampaignReport.Conclusion;

/**
 * The one-line conclusion of an audit, in English and German. The worst finding speaks:
 * mass-sent notes, then off-topic invitations, then requests that must not go out, then failed
 * reviews, then requests to revise; else the campaign is ready. Several requesters add a sentence.
 */
final class Conclusions {
    private Conclusions() {}

    /**
     * The conclusion for a campaign's figures.
     *
     * @param requests valid requests
     * @param massClusters clusters of near-identical notes at or above the mass threshold
     * @param massSent requests in those clusters
     */
    static Conclusion of(int requests, int massClusters, int massSent, int offTopic, int doNotSend, int revise,
                         int failed, int requesters) {
        String en;
        String de;
        if (requests == 0) {
            en = "Nothing to audit: the campaign holds no valid request.";
            de = "Nichts zu prüfen: Die Kampagne enthält keine gültige Anfrage.";
        } else if (massClusters > 0) {
            en = "Mass-sent: " + massSent + " of " + requests(requests) + " share "
                    + (massClusters == 1 ? "one note." : massClusters + " notes.");
            de = "Massenversand: " + massSent + " von " + anfragen(requests)
                    + (massClusters == 1 ? " haben denselben Text." : " teilen sich " + massClusters + " Texte.");
        } else if (offTopic > 0) {
            en = "Off-topic: " + offTopic + " of " + requests(requests) + (offTopic == 1 ? " invites" : " invite")
                    + " people to a topic their profile doesn't show.";
            de = "Am Thema vorbei: " + offTopic + " von " + anfragen(requests) + (offTopic == 1 ? " lädt" : " laden")
                    + " zu einem Thema ein, das das Profil nicht zeigt.";
        } else if (doNotSend > 0) {
            en = "Not ready: " + doNotSend + " of " + requests(requests) + " must not go out"
                    + (revise > 0 ? ", " + revise + (revise == 1 ? " needs" : " need") + " revising." : ".");
            de = "Nicht bereit: " + doNotSend + " von " + anfragen(requests) + (doNotSend == 1 ? " darf" : " dürfen")
                    + " nicht raus" + (revise > 0 ? ", " + revise + (revise == 1 ? " muss" : " müssen")
                    + " überarbeitet werden." : ".");
        } else if (failed > 0) {
            en = "Incomplete: " + failed + " of " + requests(requests) + " could not be reviewed: the policy failed.";
            de = "Unvollständig: " + failed + " von " + anfragen(requests)
                    + " konnten nicht geprüft werden: Die Richtlinie schlug fehl.";
        } else if (revise > 0) {
            en = "Almost ready: " + revise + " of " + requests(requests) + (revise == 1 ? " needs" : " need") + " revising.";
            de = "Fast bereit: " + revise + " von " + anfragen(requests) + (revise == 1 ? " muss" : " müssen")
                    + " überarbeitet werden.";
        } else if (requests == 1) {
            en = "Ready: the request can go out as it is.";
            de = "Bereit: Die Anfrage kann so raus.";
        } else {
            en = "Ready: all " + requests + " requests can go out as they are.";
            de = "Bereit: Alle " + requests + " Anfragen können so raus.";
        }
        if (requesters > 1) {
            en += " The requests name " + requesters + " requesters: see the figures per requester.";
            de += " Die Anfragen nennen " + requesters + " Absender: siehe die Zahlen je Absender.";
        }
        return new Conclusion(en, de);
    }

    private static String requests(int n) {
        return n + (n == 1 ? " request" : " requests");
    }

    private static String anfragen(int n) {
        return n + (n == 1 ? " Anfrage" : " Anfragen");
    }
}
