-- AlterTable
ALTER TABLE "observation" ADD COLUMN     "detection_flag" VARCHAR(50);
