CREATE TABLE `listings` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`region` text NOT NULL,
	`marketplace_id` text NOT NULL,
	`sku` text NOT NULL,
	`asin` text,
	`item_name` text,
	`statuses` text NOT NULL,
	`fulfillment_channel` text NOT NULL,
	`price_amount` text,
	`currency_code` text,
	`quantity` integer,
	`fba_fulfillable` integer,
	`fba_inbound` integer,
	`fba_reserved` integer,
	`fba_unfulfillable` integer,
	`amazon_updated_at` integer,
	`synced_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `listings_tenant_marketplace_sku_unique` ON `listings` (`tenant_id`,`marketplace_id`,`sku`);--> statement-breakpoint
CREATE INDEX `listings_tenant_sku_idx` ON `listings` (`tenant_id`,`sku`);--> statement-breakpoint
CREATE TABLE `order_items` (
	`order_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`amazon_order_item_id` text NOT NULL,
	`asin` text,
	`seller_sku` text,
	`title` text,
	`quantity_ordered` integer NOT NULL,
	`quantity_shipped` integer,
	`unit_price_amount` text,
	`subtotal_amount` text,
	`currency_code` text,
	PRIMARY KEY(`order_id`, `amazon_order_item_id`),
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_items_tenant_sku_idx` ON `order_items` (`tenant_id`,`seller_sku`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`region` text NOT NULL,
	`amazon_order_id` text NOT NULL,
	`marketplace_id` text NOT NULL,
	`fulfillment_status` text NOT NULL,
	`fulfilled_by` text NOT NULL,
	`service_level` text,
	`is_prime` integer NOT NULL,
	`purchased_at` integer NOT NULL,
	`amazon_updated_at` integer NOT NULL,
	`ship_by_latest` integer,
	`deliver_by_earliest` integer,
	`deliver_by_latest` integer,
	`total_amount` text,
	`currency_code` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_tenant_amazon_id_unique` ON `orders` (`tenant_id`,`amazon_order_id`);--> statement-breakpoint
CREATE INDEX `orders_tenant_purchased_idx` ON `orders` (`tenant_id`,`purchased_at`,`id`);--> statement-breakpoint
CREATE INDEX `orders_tenant_status_idx` ON `orders` (`tenant_id`,`fulfillment_status`,`purchased_at`);--> statement-breakpoint
CREATE INDEX `orders_purchased_idx` ON `orders` (`purchased_at`);--> statement-breakpoint
CREATE TABLE `sync_cursors` (
	`tenant_id` text NOT NULL,
	`region` text NOT NULL,
	`kind` text NOT NULL,
	`selling_partner_id` text NOT NULL,
	`completed_through` integer,
	`pass_window_start` integer,
	`pass_bound` integer,
	`pass_page_token` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `region`, `kind`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`region` text NOT NULL,
	`kind` text NOT NULL,
	`job_id` text,
	`status` text NOT NULL,
	`pages_fetched` integer DEFAULT 0 NOT NULL,
	`records_upserted` integer DEFAULT 0 NOT NULL,
	`retries` integer DEFAULT 0 NOT NULL,
	`progress` real,
	`error_code` text,
	`error_message` text,
	`started_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sync_runs_tenant_kind_idx` ON `sync_runs` (`tenant_id`,`kind`,`region`,`started_at`);