-- Person (name, email, phone, birth_date are personal data), location (postal_code is personal data),
-- organization (firmographics), technographics, and typed free-form attributes.
ALTER TABLE customer
    ADD COLUMN name               VARCHAR(200),
    ADD COLUMN email              VARCHAR(254),
    ADD COLUMN phone              VARCHAR(32),
    ADD COLUMN birth_date         DATE,
    ADD COLUMN gender             VARCHAR(16),
    ADD COLUMN income_band        VARCHAR(16),
    ADD COLUMN education          VARCHAR(16),
    ADD COLUMN marital_status     VARCHAR(16),
    ADD COLUMN household_size     INT CHECK (household_size BETWEEN 1 AND 20),
    ADD COLUMN country            CHAR(2),
    ADD COLUMN region             VARCHAR(100),
    ADD COLUMN city               VARCHAR(100),
    ADD COLUMN postal_code        VARCHAR(16),
    ADD COLUMN urbanity           VARCHAR(16),
    ADD COLUMN industry           VARCHAR(100),
    ADD COLUMN company_size_band  VARCHAR(16),
    ADD COLUMN employees          INT CHECK (employees >= 0),
    ADD COLUMN annual_revenue     NUMERIC(18, 2) CHECK (annual_revenue >= 0),
    ADD COLUMN devices            VARCHAR(1000) NOT NULL DEFAULT '',
    ADD COLUMN preferred_channel  VARCHAR(16),
    ADD COLUMN digital_engagement VARCHAR(16),
    ADD COLUMN attributes         JSONB NOT NULL DEFAULT '{}';

CREATE INDEX customer_country ON customer (country);
CREATE INDEX customer_created_at ON customer (created_at);

-- Who read or changed which personal fields of which customer, and when.
CREATE TABLE personal_data_audit (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    customer_id UUID         NOT NULL,
    action      VARCHAR(16)  NOT NULL CHECK (action IN ('READ', 'CHANGE', 'EXPORT', 'ERASE')),
    fields      VARCHAR(500) NOT NULL
);

CREATE INDEX personal_data_audit_customer ON personal_data_audit (customer_id, at DESC);
