package io.motiv.profile.customer;

import io.motiv.events.profile.CustomerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A customer: a person or an organization, known by a reference unique within its source system. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustomerKind kind;

    @Column(name = "external_source", nullable = false)
    public String externalSource;

    @Column(name = "external_ref", nullable = false)
    public String externalRef;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
