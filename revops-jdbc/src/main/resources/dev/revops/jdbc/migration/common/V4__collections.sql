-- revops-jdbc schema, part 4: collections (promises to pay, payment plans, the activity log).
SELECT 1;
