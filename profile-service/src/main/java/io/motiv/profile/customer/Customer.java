package io.motiv.profile.customer;

import io.motiv.events.profile.CustomerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.motiv.profile.customer.profile.AgeBand;
import io.motiv.profile.customer.profile.Attribute;
import io.motiv.profile.customer.profile.Channel;
import io.motiv.profile.customer.profile.DeviceListConverter;
import io.motiv.profile.customer.profile.CompanySizeBand;
import io.motiv.profile.customer.profile.Education;
import io.motiv.profile.customer.profile.EngagementLevel;
import io.motiv.profile.customer.profile.Gender;
import io.motiv.profile.customer.profile.IncomeBand;
import io.motiv.profile.customer.profile.MaritalStatus;
import io.motiv.profile.customer.profile.Urbanity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    // Person. name, email, phone and birthDate are personal data.
    public String name;
    public String email;
    public String phone;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    @Enumerated(EnumType.STRING)
    @Column(name = "income_band")
    public IncomeBand incomeBand;
    @Enumerated(EnumType.STRING)
    public Education education;
    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status")
    public MaritalStatus maritalStatus;
    @Column(name = "household_size")
    public Integer householdSize;

    // Location. postalCode is personal data.
    public String country;
    public String region;
    public String city;
    @Column(name = "postal_code")
    public String postalCode;
    @Enumerated(EnumType.STRING)
    public Urbanity urbanity;

    // Organization (firmographics).
    public String industry;
    @Enumerated(EnumType.STRING)
    @Column(name = "company_size_band")
    public CompanySizeBand companySizeBand;
    public Integer employees;
    @Column(name = "annual_revenue")
    public BigDecimal annualRevenue;

    // Technographics.
    @Convert(converter = DeviceListConverter.class)
    @Column(nullable = false)
    public List<String> devices = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    public Channel preferredChannel;
    @Enumerated(EnumType.STRING)
    @Column(name = "digital_engagement")
    public EngagementLevel digitalEngagement;

    /** A company's own attributes, by name. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Attribute> attributes = new LinkedHashMap<>();

    public AgeBand ageBand(LocalDate today) {
        return birthDate == null ? null : AgeBand.of(birthDate, today);
    }
}
