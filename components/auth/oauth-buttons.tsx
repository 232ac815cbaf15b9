"use client";

import { signInWithProvider } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/context.client";

export function OAuthButtons({ providers }: { providers: { github: boolean; google: boolean } }) {
  const { t } = useI18n();
  if (!providers.github && !providers.google) return null;
  return (
    <div className="mt-6 space-y-2">
      <p className="text-center text-xs uppercase tracking-wide text-muted-foreground">
        {t.auth.orContinueWith}
      </p>
      {(["github", "google"] as const)
        .filter((provider) => providers[provider])
        .map((provider) => (
          <form key={provider} action={signInWithProvider.bind(null, provider)}>
            <Button type="submit" variant="secondary" className="w-full">
              {provider === "github" ? t.auth.continueWithGithub : t.auth.continueWithGoogle}
            </Button>
          </form>
        ))}
    </div>
  );
}
