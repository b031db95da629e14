-- Behind the completion-time report's window on completed_at.
CREATE INDEX ix_work_orders_completed_at ON maintenance.work_orders (completed_at, id) WHERE completed_at IS NOT NULL;
