-- AlterTable
ALTER TABLE "observation" ADD COLUMN     "data_maturity" VARCHAR(100),
ADD COLUMN     "level_status" VARCHAR(100);

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_level_status_fkey" FOREIGN KEY ("level_status") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_data_maturity_fkey" FOREIGN KEY ("data_maturity") REFERENCES "lexicon_term"("term") ON DELETE RESTRICT ON UPDATE CASCADE;
