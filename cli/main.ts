import { isAppError } from "@/lib/kernel/errors";
import { apiKeyCommand } from "./commands/api-key";
import { dbCommand } from "./commands/db";
import { demoCommand } from "./commands/demo";
import { describeUserError, userCommand } from "./commands/user";
import { parseArgs, UsageError } from "./parse-args";

const USAGE = `usage: npm run minuta -- <command>

  db migrate                          apply pending migrations
  db backup --out FILE                write a backup of every table
  db restore --in FILE                replace all data with a backup
  user create --email E --password P  create a user (password: 8+ characters)
  user delete --email E               delete a user and everything they own
  user set-password --email E --password P
                                      set a user's password (where no reset email can be sent)
  api-key create --email E --name N [--scopes a,b]
                                      a key (all scopes by default), printed alone on the last line
  demo seed                           a demo user with realistic meetings (es + en)
`;

async function main(argv: string[]): Promise<number> {
  try {
    const { positionals, flags } = parseArgs(argv);
    const [command, sub, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest[0]}`);
    if (command === "db") await dbCommand(sub, flags);
    else if (command === "user") await userCommand(sub, flags);
    else if (command === "demo") await demoCommand(sub, flags);
    else if (command === "api-key") await apiKeyCommand(sub, flags);
    else if (command === "help" || command === undefined) {
      process.stderr.write(USAGE);
      return command ? 0 : 2;
    } else throw new UsageError(`unknown command: ${command}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const message = isAppError(error) ? describeUserError(error.message) : (error as Error).message;
    process.stderr.write(`error: ${message}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
// Exit explicitly: the embedded database's exit hooks would otherwise decide the code.
process.stdout.write("", () => process.exit(code));
