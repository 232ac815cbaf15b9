import Link from "next/link";

/** The way back to the sign-in page, under the reset form and under its "unavailable" notice. */
export function BackToLogin({ label }: { label: string }) {
  return (
    <p className="mt-6 text-center text-sm">
      <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/login">
        {label}
      </Link>
    </p>
  );
}
