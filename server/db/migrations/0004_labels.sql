CREATE TABLE `order_recipients` (
	`order_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`recipient_sealed` text NOT NULL,
	`fetched_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_recipients_tenant_idx` ON `order_recipients` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`order_id` text NOT NULL,
	`amazon_order_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`state` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`service_name` text NOT NULL,
	`service_display_name` text,
	`service_type` text,
	`cost_amount` text,
	`cost_currency` text,
	`package` text NOT NULL,
	`shipentegra_order_number` text NOT NULL,
	`shipentegra_order_id` text,
	`tracking_number` text,
	`courier` text,
	`label_url_sealed` text,
	`label_content_type` text,
	`label_file_sealed` text,
	`amazon_carrier_code` text,
	`amazon_carrier_name` text,
	`shipping_method` text,
	`package_reference_id` text,
	`ship_date` integer,
	`amazon_tracking_number` text,
	`amazon_confirmed_at` integer,
	`amazon_verified_at` integer,
	`last_mile_tracking_number` text,
	`last_mile_carrier` text,
	`tracking_status` text DEFAULT 'pending' NOT NULL,
	`tracking_checked_at` integer,
	`delivered_at` integer,
	`pii_purged_at` integer,
	`failure_code` text,
	`failure_message` text,
	`step_attempts` integer DEFAULT 0 NOT NULL,
	`step_started_at` integer,
	`next_attempt_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_tenant_order_active_unique` ON `shipments` (`tenant_id`,`order_id`) WHERE state <> 'failed';--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_tenant_idempotency_unique` ON `shipments` (`tenant_id`,`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_tenant_se_number_unique` ON `shipments` (`tenant_id`,`shipentegra_order_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `shipments_order_attempt_unique` ON `shipments` (`order_id`,`attempt`);--> statement-breakpoint
CREATE INDEX `shipments_tenant_order_idx` ON `shipments` (`tenant_id`,`order_id`,`attempt`);--> statement-breakpoint
CREATE INDEX `shipments_next_attempt_idx` ON `shipments` (`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `shipments_tenant_delivered_idx` ON `shipments` (`tenant_id`,`delivered_at`);--> statement-breakpoint
CREATE TABLE `shipping_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`sender_name` text NOT NULL,
	`sender_company` text,
	`sender_address1` text NOT NULL,
	`sender_address2` text,
	`sender_city` text NOT NULL,
	`sender_state` text,
	`sender_postal_code` text NOT NULL,
	`sender_country_code` text DEFAULT 'TR' NOT NULL,
	`sender_phone` text NOT NULL,
	`sender_email` text NOT NULL,
	`ioss_number` text,
	`default_service_name` text,
	`label_format` text DEFAULT 'original' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sku_profiles` (
	`tenant_id` text NOT NULL,
	`sku` text NOT NULL,
	`weight_grams` integer,
	`length_cm` integer,
	`width_cm` integer,
	`height_cm` integer,
	`hs_code` text,
	`declared_value` text,
	`declared_currency` text,
	`customs_description` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `sku`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "sku_profiles_weight_positive" CHECK("sku_profiles"."weight_grams" is null or "sku_profiles"."weight_grams" > 0),
	CONSTRAINT "sku_profiles_dimensions_range" CHECK(coalesce("sku_profiles"."length_cm", 1) between 1 and 300
        and coalesce("sku_profiles"."width_cm", 1) between 1 and 300
        and coalesce("sku_profiles"."height_cm", 1) between 1 and 300)
);
