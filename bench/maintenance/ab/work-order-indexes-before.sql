-- The work-order indexes before issue 17: Marten's single-column index per duplicated field, and the unused
-- (preventive_plan_id, created_at, id). For an A/B of the index change on one database: bench.py --b-sql @this file,
-- --a-sql @work-order-indexes-before-drop.sql (see docs/benchmarks.md, issue 17).
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_completed_at ON maintenance.mt_doc_work_order USING btree (completed_at);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_created_at ON maintenance.mt_doc_work_order USING btree (created_at);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_due_at ON maintenance.mt_doc_work_order USING btree (due_at);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_equipment_id ON maintenance.mt_doc_work_order USING btree (equipment_id);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_preventive_plan_id ON maintenance.mt_doc_work_order USING btree (preventive_plan_id);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_priority ON maintenance.mt_doc_work_order USING btree (priority);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_priority_rank ON maintenance.mt_doc_work_order USING btree (priority_rank);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_requested_by ON maintenance.mt_doc_work_order USING btree (requested_by);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_site_id ON maintenance.mt_doc_work_order USING btree (site_id);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_source ON maintenance.mt_doc_work_order USING btree (source);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_source_reference ON maintenance.mt_doc_work_order USING btree (source_reference);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_started_at ON maintenance.mt_doc_work_order USING btree (started_at);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_status ON maintenance.mt_doc_work_order USING btree (status);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_technician_id ON maintenance.mt_doc_work_order USING btree (technician_id);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_technician_user_id ON maintenance.mt_doc_work_order USING btree (technician_user_id);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_title ON maintenance.mt_doc_work_order USING btree (title);
CREATE INDEX IF NOT EXISTS mt_doc_work_order_idx_updated_at ON maintenance.mt_doc_work_order USING btree (updated_at);
CREATE INDEX IF NOT EXISTS ix_work_orders_plan ON maintenance.mt_doc_work_order USING btree (preventive_plan_id, created_at, id);
