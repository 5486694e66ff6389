// Held-out review (issue 15): a Discord bot whose `/ask` command writes every
// prompt and completion, with the user and a time, to DynamoDB
// (`put_item(Item=item.model_dump())` of a pydantic record) was missed: only
// web routes, Lambda handlers and LLM callback hooks were read as the path
// that serves a model. And a Prefect flow writing its batch's predictions
// with `to_sql(..., if_exists="replace")` was read as prediction logging.
// signals.md, observability: "structured prediction logging to a store". A
// per-request record of a model's input and output, written by a chat bot's
// handler, is that; a predictions table rebuilt by a batch job (no request,
// no time, replaced each run) is the job's output.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { observability } from './observability.js';

/** The bot's LLM call, in a module of its own. */
const CHAT = py`
  from openai import AsyncOpenAI

  client = AsyncOpenAI()

  async def complete(prompt):
      r = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
      return r.choices[0].message.content
`;
/** A pydantic record of the exchange put in DynamoDB. */
const STORE = py`
  from datetime import datetime, timezone
  import aioboto3
  from bot.types import Exchange

  session = aioboto3.Session()

  async def save_exchange(prompt, completion, user):
      item = Exchange(prompt=prompt, completion=completion, user=user, created_at=datetime.now(timezone.utc).isoformat())
      async with session.resource("dynamodb") as db:
          table = await db.Table("exchanges")
          return await table.put_item(Item=item.model_dump())
`;

describe('signals/observability: a chat bot that stores its answers', () => {
  it("finds a Discord command and a telegram handler that store each prompt and the model's answer", async () => {
    const discord = await detect(observability, {
      'bot/chat.py': CHAT,
      'bot/store.py': STORE,
      'bot/commands.py': py`
        import discord
        from bot.chat import complete
        from bot.store import save_exchange

        bot = discord.ext.commands.Bot(command_prefix="!")

        @bot.tree.command(name="ask", description="Ask a question")
        async def ask(interaction: discord.Interaction, question: str):
            answer = await complete(question)
            await interaction.followup.send(answer)
            await save_exchange(prompt=question, completion=answer, user=str(interaction.user))
      `,
    });
    const telegram = await detect(observability, {
      'bot/chat.py': CHAT,
      'bot/main.py': py`
        from pymongo import MongoClient
        from telegram.ext import Application, CommandHandler
        from bot.chat import complete

        log = MongoClient().bot.exchanges

        async def ask(update, context):
            answer = await complete(update.message.text)
            log.insert_one({"question": update.message.text, "answer": answer, "user_id": update.effective_user.id})
            await update.message.reply_text(answer)

        app = Application.builder().token("t").build()
        app.add_handler(CommandHandler("ask", ask))
      `,
    });

    expect(locations(discord)).toEqual(['bot/commands.py:11', 'bot/store.py:11']);
    expect(locations(telegram)).toEqual(['bot/main.py:9']);
  });

  it('is absent for a bot command that stores no model output, the same command in a Typer CLI, and a README that mentions the logging', async () => {
    const noModel = await detect(observability, {
      'bot/store.py': STORE,
      'bot/commands.py': py`
        import discord
        from bot.store import save_exchange

        bot = discord.ext.commands.Bot(command_prefix="!")

        @bot.tree.command(name="note")
        async def note(interaction: discord.Interaction, text: str):
            await save_exchange(prompt=text, completion="", user=str(interaction.user))
      `,
    });
    const cli = await detect(observability, {
      'bot/chat.py': CHAT,
      'bot/store.py': STORE,
      'cli.py': py`
        import asyncio
        import typer
        from bot.chat import complete
        from bot.store import save_exchange

        app = typer.Typer()

        @app.command()
        def ask(question: str):
            answer = asyncio.run(complete(question))
            asyncio.run(save_exchange(prompt=question, completion=answer, user="cli"))
      `,
      'README.md': 'Every /ask prompt and completion is logged to DynamoDB.\n',
    });

    expect(noModel).toMatchObject({ present: false, evidence: [] });
    expect(cli).toMatchObject({ present: false, evidence: [] });
  });
});

describe("signals/observability: a batch job's predictions table", () => {
  const flow = (ifExists: string) => py`
    import joblib
    import pandas as pd
    from prefect import flow
    from sqlalchemy import create_engine

    def save_prediction(predictions, engine):
        pd.Series(predictions).to_sql(name="predictions", con=engine${ifExists}, index=False)

    @flow
    def predict():
        engine = create_engine("postgresql://db/ml")
        model = joblib.load("model.pkl")
        save_prediction(model.predict(pd.read_sql("SELECT * FROM test", engine)), engine)
  `;

  it('is absent for a table replaced each run, or created once; present for rows appended', async () => {
    const replaced = await detect(observability, { 'src/predict.py': flow(', if_exists="replace"') });
    const created = await detect(observability, { 'src/predict.py': flow('') });
    const appended = await detect(observability, { 'src/predict.py': flow(', if_exists="append"') });

    expect(replaced).toMatchObject({ present: false, evidence: [] });
    expect(created).toMatchObject({ present: false, evidence: [] });
    expect(locations(appended)).toEqual(['src/predict.py:7']);
  });
});
