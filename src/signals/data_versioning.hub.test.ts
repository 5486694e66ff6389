// A Hugging Face Hub upload versions data only when it goes to a dataset
// repository; a model's upload is model_registry evidence. Delta/Iceberg
// time travel counts as SQL that reads or restores a table's old version,
// not as the words in prose (held-out contrebande-labs/charred, slice AP:
// an `upload_folder` of a training epoch whose commit message said
// "version as of Apr 28" was credited as Delta Lake time travel).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataVersioning } from './data_versioning.js';
import { modelRegistry } from './model_registry.js';

const MODEL_UPLOAD = py`
  from huggingface_hub import upload_folder

  def upload_to_repository(output_dir, repo_id, commit_message):
      upload_folder(repo_id=repo_id, folder_path=output_dir, commit_message=commit_message)

  if __name__ == "__main__":
      upload_to_repository("/data/output/000920", "me/charred", "Latest training epoch version as of Apr 28 11:03PM UST.")
`;

describe('signals/data_versioning on Hub uploads and time travel', () => {
  it('is absent for a model uploaded to the Hub with a message saying "version as of", which model_registry counts', async () => {
    const files = { 'repository.py': MODEL_UPLOAD };

    expect(await detect(dataVersioning, files)).toMatchObject({ present: false, evidence: [] });
    expect(locations(await detect(modelRegistry, files))).toEqual(['repository.py:4']);
  });

  it('counts uploads to a dataset repository: repo_type="dataset", a datasets/ id or URL, and a dataset pushed to the Hub', async () => {
    const result = await detect(dataVersioning, {
      'publish.py': py`
        from huggingface_hub import HfApi, upload_file
        api = HfApi()
        api.upload_folder(repo_id="me/tickets", folder_path="data/processed", repo_type="dataset")
        upload_file(path_or_fileobj="train.parquet", path_in_repo="train.parquet", repo_id="datasets/me/tickets")
      `,
      'push.py': py`
        from datasets import load_dataset
        dataset = load_dataset("csv", data_files="tickets.csv")
        dataset.push_to_hub("me/tickets")
      `,
    });

    expect(locations(result).sort()).toEqual(['publish.py:3', 'publish.py:4', 'push.py:3']);
  });

  it('counts time-travel SQL: a read as of a version or time, a restore, and the @v syntax', async () => {
    const result = await detect(dataVersioning, {
      'lake.py': py`
        old = spark.sql(f"SELECT * FROM {table} VERSION AS OF {version}")
        spark.sql("""
            SELECT a.id FROM events a
            JOIN lake.users TIMESTAMP AS OF '2024-01-01' u ON a.uid = u.id
        """)
        spark.sql("RESTORE TABLE lake.events TO VERSION AS OF 12")
        spark.sql("select * from lake.events@v5")
      `,
    });

    expect(locations(result)).toEqual(['lake.py:1', 'lake.py:2', 'lake.py:6', 'lake.py:7']);
  });

  it('is absent for the words in prose: log messages, prints and commit messages', async () => {
    const result = await detect(dataVersioning, {
      'notes.py': py`
        import logging
        logging.info("Loaded the data from the version as of last week")
        print("Timestamp as of", now)
        api.create_commit(repo_id="me/model", operations=ops, commit_message="Model version as of today")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
