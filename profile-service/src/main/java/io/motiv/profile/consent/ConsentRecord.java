package io.motiv.profile.consent;

import io.motiv.events.profile.ConsentPurpose;
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
 * One consent decision of a customer for one purpose: what was decided, when, where, and under which version of the
 * consent text. Records are never changed; the newest decision per purpose is the customer's current consent.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentStatus status;

    /** Where the decision was taken, e.g. "web-signup", "crm", "survey-tool". */
    @Column(nullable = false)
    public String source;

    @Column(name = "legal_text_version", nullable = false)
    public String legalTextVersion;

    /** When the customer decided. */
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** When Motiv learnt of it. */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
