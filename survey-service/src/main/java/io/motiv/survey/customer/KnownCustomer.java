package io.motiv.survey.customer;

import io.motiv.events.profile.ConsentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer as survey-service learns of it from {@code customer-events}: the identity partners may use, and the
 * VALUES_SURVEY consent that decides whether answers may be stored. An erased customer keeps only its id and the
 * time of erasure, so a replayed registration does not bring it back.
 */
@Entity
@Table(name = "known_customer")
public class KnownCustomer {

    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "external_source")
    public String externalSource;

    @Column(name = "external_ref")
    public String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "values_survey_consent")
    public ConsentStatus valuesSurveyConsent;

    @Column(name = "consent_changed_at")
    public Instant consentChangedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    public boolean isErased() {
        return erasedAt != null;
    }

    public boolean mayAnswerValuesSurveys() {
        return !isErased() && valuesSurveyConsent != null && valuesSurveyConsent.permits();
    }
}
