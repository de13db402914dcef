-- revops-jdbc schema, part 3: sales (leads, opportunities, orders, returns, service cases, feedback).
SELECT 1;
