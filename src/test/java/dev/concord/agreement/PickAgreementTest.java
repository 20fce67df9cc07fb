package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PickAgreementTest {

    private static final AgreementOptions NO_BOOTSTRAP =
            AgreementOptions.defaults().withBootstrapResamples(0);

    @Test
    void measuresAgreementOnBestAndWorstAttemptSeparately() {
        List<PickAgreement.Pick> picks = List.of(
                new PickAgreement.Pick("c1", "ann", 2, 0),
                new PickAgreement.Pick("c1", "bob", 2, 1),
                new PickAgreement.Pick("c2", "ann", null, 1),
                new PickAgreement.Pick("c2", "bob", null, 2),
                new PickAgreement.Pick("c3", "ann", 1, 2),
                new PickAgreement.Pick("c3", "bob", 1, 0));
        PickAgreement.Result r = PickAgreement.compute(picks, NO_BOOTSTRAP);

        assertThat(r.best().percentAgreement()).isEqualTo(1.0);
        assertThat(r.best().cohenKappa().get(0).kappa()).isEqualTo(1.0);
        assertThat(r.best().labels()).containsExactly("attempt 2", PickAgreement.NONE, "attempt 1");
        assertThat(r.worst().percentAgreement()).isEqualTo(0.0);
        // never agreeing on the worst, with uniform marginals: (0 - 1/3) / (1 - 1/3)
        assertThat(r.worst().cohenKappa().get(0).kappa()).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void rejectsTwoPicksOfOneReviewerOnOneChain() {
        List<PickAgreement.Pick> picks = List.of(new PickAgreement.Pick("c1", "ann", 1, 0),
                new PickAgreement.Pick("c1", "ann", 2, 0));
        assertThatThrownBy(() -> PickAgreement.compute(picks, NO_BOOTSTRAP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ann'").hasMessageContaining("'c1'");
    }
}
