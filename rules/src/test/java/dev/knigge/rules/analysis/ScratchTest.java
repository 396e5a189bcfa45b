package dev.knigge.rules.analysis;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void time() {
        String[] notes = {
            "Hi Lena, I'm a recruiter at Contentful. I watched your KubeCon talk on multi-tenant operators and think you'd be a great fit for our Staff Platform Engineer role (Berlin or remote, €110–130k). Happy to share details, and no worries if the timing isn't right.",
            "Hallo Frau Petrović, ich bin Recruiterin bei der Allianz und habe Ihren Vortrag zu Kubernetes-Security auf der KubeCon gesehen. Wir suchen für unser Team in München eine Senior Cloud Security Engineer (m/w/d), 90–105 T€, 2 Tage Homeoffice. Hätten Sie Interesse an einem kurzen Austausch?"};
        for (String n : notes) {
            for (int i = 0; i < 20000; i++) ProfessionalLexicons.analyze(n);
            long t = System.nanoTime();
            int runs = 50000;
            for (int i = 0; i < runs; i++) ProfessionalLexicons.analyze(n);
            System.out.println("TIME " + n.length() + " chars: " + (System.nanoTime() - t) / runs / 1000.0 + " us");
        }
    }
}
