-- Zero-amount order lines (free items, fully discounted orders) are purchases: they count as orders (frequency,
-- recency) and add nothing to revenue. Only refunds are negative.
ALTER TABLE purchase DROP CONSTRAINT purchase_amount_check;
