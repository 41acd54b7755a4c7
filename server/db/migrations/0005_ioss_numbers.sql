ALTER TABLE `order_items` ADD `amazon_ioss_number` text;--> statement-breakpoint
ALTER TABLE `shipments` ADD `ioss_number` text;