package io.motiv.valuation.clv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A customer lifetime value model: one fit of BG/NBD (purchases) and Gamma-Gamma (spend) to the purchase facts of
 * one currency up to a calibration end. Owned by valuation-service. Parameters are in the model's time unit and
 * currency; a parameter is null when the fit did not reach it.
 */
@Entity
@Table(name = "clv_model")
public class ClvModel {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClvModelStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "calibration_end")
    public LocalDate calibrationEnd;

    @Column(name = "time_unit")
    public String timeUnit;

    @Column(name = "horizon_months")
    public Integer horizonMonths;

    @Column(name = "monthly_discount_rate")
    public Double monthlyDiscountRate;

    public String currency;

    public Integer customers;

    @Column(name = "repeat_customers")
    public Integer repeatCustomers;

    @Column(name = "excluded_customers")
    public Integer excludedCustomers;

    @Column(name = "fit_millis")
    public Long fitMillis;

    /** Comma-separated {@link ClvModelFlag} names. */
    @Column(nullable = false)
    public String flags = "";

    @Column(name = "bgnbd_r")
    public Double bgNbdR;
    @Column(name = "bgnbd_alpha")
    public Double bgNbdAlpha;
    @Column(name = "bgnbd_a")
    public Double bgNbdA;
    @Column(name = "bgnbd_b")
    public Double bgNbdB;
    @Column(name = "bgnbd_se_r")
    public Double bgNbdSeR;
    @Column(name = "bgnbd_se_alpha")
    public Double bgNbdSeAlpha;
    @Column(name = "bgnbd_se_a")
    public Double bgNbdSeA;
    @Column(name = "bgnbd_se_b")
    public Double bgNbdSeB;
    @Column(name = "bgnbd_log_likelihood")
    public Double bgNbdLogLikelihood;
    @Column(name = "bgnbd_converged")
    public Boolean bgNbdConverged;
    @Column(name = "bgnbd_status")
    public String bgNbdStatus;
    @Column(name = "bgnbd_iterations")
    public Integer bgNbdIterations;

    @Column(name = "gg_p")
    public Double ggP;
    @Column(name = "gg_q")
    public Double ggQ;
    @Column(name = "gg_v")
    public Double ggV;
    @Column(name = "gg_se_p")
    public Double ggSeP;
    @Column(name = "gg_se_q")
    public Double ggSeQ;
    @Column(name = "gg_se_v")
    public Double ggSeV;
    @Column(name = "gg_log_likelihood")
    public Double ggLogLikelihood;
    @Column(name = "gg_converged")
    public Boolean ggConverged;
    @Column(name = "gg_status")
    public String ggStatus;
    @Column(name = "gg_iterations")
    public Integer ggIterations;
    @Column(name = "gg_customers")
    public Integer ggCustomers;

    @Column(name = "spend_frequency_correlation")
    public Double spendFrequencyCorrelation;

    @Version
    public long version;

    public List<ClvModelFlag> flagList() {
        return flags == null || flags.isBlank() ? List.of()
                : Arrays.stream(flags.split(",")).map(ClvModelFlag::valueOf).toList();
    }

    public void flags(List<ClvModelFlag> list) {
        flags = String.join(",", list.stream().map(Enum::name).toList());
    }
}
