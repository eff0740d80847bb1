package io.motiv.profile.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One read or change of a customer's personal data: who, when, which fields. */
@Entity
@Table(name = "personal_data_audit")
public class PersonalDataAccess {

    public enum Action { READ, CHANGE, EXPORT, ERASE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    /** The token's subject (user name or client). */
    @Column(nullable = false)
    public String actor;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    /** Comma-separated field names. */
    @Column(nullable = false)
    public String fields;
}
